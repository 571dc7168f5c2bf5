import { existsSync, readFileSync } from "node:fs";
import { type IncomingMessage, createServer } from "node:http";
import { constants } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { formatAbortReasonStacks } from "@/lib/server/abort-reason-stacks";
import { trackActionEntry } from "@/lib/server/action-entry";
import { readBoundedBody, withReadBody } from "@/lib/server/bounded-body";
import { withDecodablePath } from "@/lib/server/decodable-path";
import { GuardedResponse } from "@/lib/server/guarded-response";
import { trackPageStatus } from "@/lib/server/page-status";
import { createRenderGate } from "@/lib/server/render-gate";
import {
  type Refusal,
  bodyLimitOf,
  hasUnannouncedBody,
  isPossibleServerAction,
  refusalFromHeaders,
  tooLarge,
} from "@/lib/security/request-guard";
import { refusalBody } from "@/lib/security/refusal-page";

// The production server (`next build` first): Next.js's request handler inside
// a Node HTTP server that bounds request bodies by the bytes that arrive and
// answers malformed requests with a 4xx instead of Next.js's 500:
// - a body over its limit (12 MB; 64 KB url-encoded), announced or counted while it arrives: 413, and
//   the rest is read and thrown away for at most 2 s and 64 MB so that the
//   client sees the answer, then the connection is cut;
// - a server action from another origin (or `null`, or an unparsable one): 403;
// - a TRACE, which Next.js answered with a 500: 405;
// - a server action Next.js cannot decode (garbage multipart, truncated body,
//   unreadable arguments): 400;
// - a path segment that does not decode (`/p/%ff`): its `%` is escaped, so the
//   page answers with the app's 404 (lib/server/decodable-path.ts);
// - a page that found nothing at its address answers 404 with its message
//   (lib/navigation/missing-page.ts), not an empty body.
// `npm run build` compiles it to .next/commons-server.mjs; run that with
// `node .next/commons-server.mjs [--hostname H] [--port P]`, or call serve().
// The build puts a copy in the standalone output too (.next/standalone, DEPLOY.md).

/**
 * The render gate (lib/server/render-gate.ts): a render keeps its place for several renders' work
 * at most, and a request waits for a place for about what a queue of 32 page loads takes.
 */
const RENDER_HOLD_MS = 250;
const RENDER_MAX_WAIT_MS = 2_000;

/**
 * RENDER_CONCURRENCY: page renders at once, 2 by default; 0 lets every request render at once. Two
 * halved the p95 of full page loads under load (BENCHMARKS.md, "renders in line").
 */
const DEFAULT_RENDER_CONCURRENCY = 2;

function renderConcurrency(): number {
  const value = Number(process.env.RENDER_CONCURRENCY ?? DEFAULT_RENDER_CONCURRENCY);
  if (!Number.isInteger(value) || value < 0 || value > 256) throw new Error("RENDER_CONCURRENCY must be a whole number from 0 to 256.");
  return value;
}

export type ServeOptions = { hostname: string; port: number; dir?: string };
export type RunningServer = { url: string; close: () => Promise<void> };

type Handler = (request: IncomingMessage, response: GuardedResponse) => Promise<void>;

// How much of a refused body is still read, and thrown away, before the connection is cut.
const LINGER_MS = 2_000;
const LINGER_BYTES = 64 * 1024 * 1024;

/**
 * Answers with a refusal while the request's body may still be arriving. The
 * rest of the body is read and thrown away for a short while before the
 * connection is cut: closing at once makes the kernel reset the connection
 * when the client's next bytes arrive, and a client still writing then sees
 * a broken pipe instead of this answer (nginx's "lingering close" does the same).
 */
function refuse(request: IncomingMessage, response: GuardedResponse, refusal: Refusal) {
  const { contentType, body } = refusalBody(refusal.message, request.headers);
  response.writeHead(refusal.status, {
    "content-type": contentType,
    "content-length": Buffer.byteLength(body),
    "x-content-type-options": "nosniff",
    ...(refusal.allow && { allow: refusal.allow }),
  });
  response.end(body);
  if (request.complete) return;
  let discarded = 0;
  const cut = () => request.socket.destroy();
  const timer = setTimeout(cut, LINGER_MS);
  request.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > LINGER_BYTES) cut();
  });
  request.once("close", () => clearTimeout(timer));
  request.resume();
}

async function answer(request: IncomingMessage, response: GuardedResponse, handle: Handler) {
  request.url = withDecodablePath(request.url ?? "/");
  const refusal = refusalFromHeaders(request.method, request.headers);
  if (refusal) return refuse(request, response, refusal);
  let forwarded = request;
  if (hasUnannouncedBody(request.headers)) {
    const limit = bodyLimitOf(request.headers);
    const body = await readBoundedBody(request, limit.bytes);
    if (!body) return refuse(request, response, tooLarge(limit));
    forwarded = withReadBody(request, body);
  }
  // Every page draws its not-found message in place (lib/navigation/missing-page.ts); only a page's
  // HTML is then answered 404. Next.js's client takes any other answer to a navigation (RSC payload)
  // or to an action for a failure and loads the whole page again.
  return trackPageStatus((status) => {
    if (!isPossibleServerAction(request.method, request.headers)) {
      if (request.headers.rsc === undefined) response.answerMissingPages(status);
      return handle(forwarded, response);
    }
    return trackActionEntry((entry) => {
      response.refuseUndecodableActions(entry);
      return handle(forwarded, response);
    });
  });
}

/**
 * Hands Next.js the configuration `next build` recorded, as the standalone output's server.js
 * does: the server then runs alike in the project and in .next/standalone, which has no
 * next.config.ts, and Next.js does not take it for `next start` on a standalone build.
 */
function applyBuildConfig(dir: string) {
  const manifest = path.join(dir, ".next", "required-server-files.json");
  if (process.env.__NEXT_PRIVATE_STANDALONE_CONFIG || !existsSync(manifest)) return;
  const recorded: unknown = JSON.parse(readFileSync(manifest, "utf8"));
  if (typeof recorded !== "object" || recorded === null || !("config" in recorded)) throw new Error(`${manifest} holds no configuration: run \`npm run build\` again.`);
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(recorded.config);
}

/**
 * How long an idle kept-alive connection stays open: longer than clients and proxies keep theirs
 * (HAProxy's and nginx's 60 s; Node's agents close theirs a second before the server's announced
 * timeout), so that the client closes first. Node's default, 5 s, closed connections that a client
 * was sending on at that moment, which it saw as ECONNRESET (a Playwright request in CI, session
 * 28). A connection that has sent nothing is already given 60 s by the headers timeout, which
 * is kept above this one so that it never cuts an idle kept-alive connection first.
 */
export const KEEP_ALIVE_MS = 65_000;

export async function serve({ hostname, port, dir = process.cwd() }: ServeOptions): Promise<RunningServer> {
  const gate = createRenderGate({ limit: renderConcurrency(), holdMs: RENDER_HOLD_MS, maxWaitMs: RENDER_MAX_WAIT_MS });
  // As `next start` does: Next.js and React pick their production code by it.
  Object.assign(process.env, { NODE_ENV: "production" });
  applyBuildConfig(dir);
  // Without it, every rendered page stays in memory (see lib/server/abort-reason-stacks.ts).
  formatAbortReasonStacks();
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // The guards answer first: only what reaches Next.js waits in the render gate's line.
  const rendered: Handler = (forwarded, guarded) =>
    new Promise<void>((resolve, reject) => gate(forwarded, guarded, () => handle(forwarded, guarded).then(resolve, reject)));
  const server = createServer({ ServerResponse: GuardedResponse }, (request, response) => {
    answer(request, response, rendered).catch((error: unknown) => {
      console.error("The request could not be answered:", error);
      if (!response.headersSent) refuse(request, response, { status: 400, message: "The request could not be read." });
      else response.destroy();
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  // A client that asks before sending a body (Expect: 100-continue) is told no before it sends anything.
  server.on("checkContinue", (request, response) => {
    if (!refusalFromHeaders(request.method, request.headers)) response.writeContinue();
    server.emit("request", request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.close();
  };
  return { url: `http://${hostname}:${port}`, close };
}

/**
 * Where `npm run build` puts this server, compiled with esbuild beside the
 * Next.js build. Run through tsx instead, it served pages that read the
 * database at about half the rate: tsx's module hooks sit on every `require`.
 */
export const SERVER_BUNDLE = ".next/commons-server.mjs";

/** The command that starts this server in a process of its own, as `npm start`, the e2e server, the benchmarks and the drills do. */
export function serveCommand(hostname: string, port: number): [string, string[]] {
  return [process.execPath, [SERVER_BUNDLE, "--hostname", hostname, "--port", String(port)]];
}

/** A one-line reason the server could not listen, or null for any other failure. */
export function listenFailure(error: unknown, hostname: string, port: number): string | null {
  const code = error instanceof Error && "code" in error ? error.code : null;
  if (code === "EADDRINUSE") return `Port ${port} is in use on ${hostname}: stop what holds it, or set PORT to another.`;
  if (code === "EACCES") return `Port ${port} needs privileges this user does not have: set PORT to one above 1023, or put a proxy in front (DEPLOY.md).`;
  if (code === "EADDRNOTAVAIL") return `${hostname} is not an address of this machine: set HOSTNAME to one of its addresses, or 0.0.0.0.`;
  return null;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const hostname = option("hostname") ?? process.env.HOSTNAME ?? "0.0.0.0";
  const port = Number(option("port") ?? process.env.PORT ?? 3000);
  // Named like `next start`'s "next-server", so that ps, systemd and the drills can tell it apart from other node processes.
  process.title = "commons-server";
  const running = await serve({ hostname, port }).catch((error: unknown) => {
    // Next.js's handlers would print a stack and end the process with 0, which a supervisor takes for a clean stop.
    console.error(listenFailure(error, hostname, port) ?? error);
    process.exit(1);
  });
  console.log(`Commons listening on ${running.url}`);
  // Requests in flight finish first; the exit code says which signal ended the server, as a shell's would.
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => void running.close().then(() => process.exit(128 + constants.signals[signal])));
  }
}
