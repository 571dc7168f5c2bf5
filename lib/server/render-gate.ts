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
 * A render gives its place back when its answer ends or its client goes away,
 * and after `holdMs` at the latest: a page that waits on the database, or an
 * answer that a client reads slowly, then goes on outside the gate instead of
 * holding back everyone behind it. Under more load than renders can finish in
 * that time, the gate is as open as no gate at all.
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

export function createRenderGate({ limit, holdMs }: { limit: number; holdMs: number }): RenderGate {
  let running = 0;
  const waiting: { gone: boolean; start: () => void }[] = [];

  const admitNext = () => {
    while (running < limit && waiting.length > 0) {
      const next = waiting.shift()!;
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
    const waiter = { gone: false, start };
    response.once("close", () => (waiter.gone = true));
    waiting.push(waiter);
  };
}
