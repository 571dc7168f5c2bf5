import { AsyncResource } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Admission for page renders in the production server (scripts/serve.ts).
 *
 * The server renders on one thread. With 32 page requests in flight, Node
 * interleaves 32 renders: each takes about 32 times its own work, the answers
 * all finish late, and the slowest grow with the load. Through the gate at
 * most `limit` renders run at once and the others wait their turn in arrival
 * order, so a page's answer time is its wait in line plus a few renders
 * (BENCHMARKS.md, "December 2026, session 13: renders in line").
 *
 * Prefetches wait behind every page load and navigation: a feed page prefetches
 * the links it shows, and a click on one of them must not queue behind them.
 *
 * A render gives its place back when its answer ends or its client goes away,
 * and after `holdMs` at the latest: a page that waits on the database, or an
 * answer that a client reads slowly, then goes on outside the gate instead of
 * holding back everyone behind it. And no request waits longer than
 * `maxWaitMs` for a place: pages slow enough to keep every place taken (many
 * of them, each waiting long on the database) delay a page by that much at
 * most, and past it the gate is as open as no gate at all.
 */
export type RenderGate = (request: IncomingMessage, response: ServerResponse, render: () => void) => void;

/** Paths that are not page renders: build assets, route handlers (the live stream, health), uploads. */
const UNGATED_PATH = /^\/(?:_next|api|uploads)\//;

/** Page loads only: a GET or HEAD without a body. Writes, whose bodies arrive at the client's pace, never wait here. */
export function isPageRender(request: IncomingMessage): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (request.headers["transfer-encoding"] !== undefined) return false;
  const length = request.headers["content-length"];
  if (length !== undefined && length !== "0") return false;
  return !UNGATED_PATH.test(request.url ?? "/");
}

/**
 * A prefetch by Next's router: it marks the full-page prefetch with `Next-Router-Prefetch`
 * and a segment's with `Next-Router-Segment-Prefetch` (vercel/next.js#85836: not always both).
 */
export function isPrefetch(request: IncomingMessage): boolean {
  return request.headers["next-router-prefetch"] !== undefined || request.headers["next-router-segment-prefetch"] !== undefined;
}

export type RenderGateOptions = { limit: number; holdMs: number; maxWaitMs: number };

export function createRenderGate({ limit, holdMs, maxWaitMs }: RenderGateOptions): RenderGate {
  let running = 0;
  type Waiter = { gone: boolean; start: () => void };
  const waiting: Waiter[] = [];
  const prefetching: Waiter[] = [];

  const admitNext = () => {
    while (running < limit && waiting.length + prefetching.length > 0) {
      const next = waiting.shift() ?? prefetching.shift()!;
      // Its client left while it waited: nothing to render for.
      if (!next.gone) next.start();
    }
  };

  return (request, response, render) => {
    if (limit <= 0 || !isPageRender(request)) return render();
    const start = () => {
      running++;
      let held = true;
      const giveBack = () => {
        if (!held) return;
        held = false;
        clearTimeout(timer);
        running--;
        admitNext();
      };
      const timer = setTimeout(giveBack, holdMs);
      response.once("close", giveBack);
      render();
    };
    if (running < limit) return start();
    const waiter = {
      gone: false,
      // Bound to the context the request arrived in. Admitted from the render that gives its place
      // back, it would otherwise run in that render's context: Next.js keeps a snapshot of the
      // context each render starts in, so every render under load kept the one before it, and the
      // server kept every request it served (BENCHMARKS.md, "session 43").
      start: AsyncResource.bind(() => {
        clearTimeout(waitedTooLong);
        start();
      }),
    };
    const leave = () => {
      waiter.gone = true;
      clearTimeout(waitedTooLong);
    };
    // Waited its longest: it renders now, beside the renders that hold the places.
    const waitedTooLong = setTimeout(() => {
      leave();
      render();
    }, maxWaitMs);
    response.once("close", leave);
    (isPrefetch(request) ? prefetching : waiting).push(waiter);
  };
}
