import { AsyncLocalStorage } from "node:async_hooks";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type RenderGateOptions, createRenderGate, isPageRender, isPrefetch } from "./render-gate";

/** Stands for the request-scoped stores Next.js keeps in AsyncLocalStorage. */
const requestContext = new AsyncLocalStorage<string>();

/**
 * A real HTTP server behind the gate whose "renders" end when the test says:
 * which requests have started, and a way to finish each.
 */
async function gatedServer(options: RenderGateOptions) {
  const gate = createRenderGate(options);
  const arrived: string[] = [];
  const closed: string[] = [];
  const started: string[] = [];
  /** What each render found in `requestContext`: the path it was started for, in the context it arrived in. */
  const contexts = new Map<string, string | undefined>();
  const finishers = new Map<string, () => void>();
  const waiters: { list: string[]; path: string; resolve: () => void }[] = [];
  const record = (list: string[], path: string) => {
    list.push(path);
    for (const waiter of waiters.filter((w) => w.list === list && w.path === path)) waiter.resolve();
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? "/";
    record(arrived, path);
    response.once("close", () => record(closed, path));
    requestContext.run(path, () =>
      gate(request, response, () => {
        contexts.set(path, requestContext.getStore());
        finishers.set(path, () => response.end(path));
        record(started, path);
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const when = (list: string[], path: string) =>
    list.includes(path) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ list, path, resolve }));
  return {
    base,
    started,
    contexts,
    /** Resolves once the request for `path` has reached the server. */
    arrivalOf: (path: string) => when(arrived, path),
    /** Resolves once the server has seen the connection of `path` end. */
    closeOf: (path: string) => when(closed, path),
    /** Resolves once the render of `path` has started. */
    startOf: (path: string) => when(started, path),
    finish: (path: string) => finishers.get(path)!(),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe("the render gate", () => {
  it("runs at most `limit` renders at once and starts the others in arrival order", async () => {
    const server = await gatedServer({ limit: 2, holdMs: 60_000, maxWaitMs: 60_000 });
    close = server.close;
    const answers = ["/a", "/b", "/c", "/d"].map((path) => fetch(server.base + path).then((r) => r.text()));
    await Promise.all(["/a", "/b", "/c", "/d"].map(server.arrivalOf));
    expect(server.started).toEqual(["/a", "/b"]);
    server.finish("/a");
    await server.startOf("/c");
    expect(server.started).toEqual(["/a", "/b", "/c"]);
    server.finish("/b");
    server.finish("/c");
    await server.startOf("/d");
    server.finish("/d");
    expect(await Promise.all(answers)).toEqual(["/a", "/b", "/c", "/d"]);
  });

  it("starts a render that waited in the context its request arrived in, not in the one of the render that let it in", async () => {
    const server = await gatedServer({ limit: 1, holdMs: 60_000, maxWaitMs: 60_000 });
    close = server.close;
    const answers = ["/a", "/b"].map((path) => fetch(server.base + path).then((r) => r.text()));
    await Promise.all(["/a", "/b"].map(server.arrivalOf));
    // Its place given back while "/a" ends, in "/a"'s context.
    requestContext.run("/a", () => server.finish("/a"));
    await server.startOf("/b");
    server.finish("/b");
    expect(await Promise.all(answers)).toEqual(["/a", "/b"]);
    expect(Object.fromEntries(server.contexts)).toEqual({ "/a": "/a", "/b": "/b" });
  });

  it("never renders for a client that left while it waited", async () => {
    const server = await gatedServer({ limit: 1, holdMs: 60_000, maxWaitMs: 60_000 });
    close = server.close;
    const first = fetch(server.base + "/first").then((r) => r.text());
    await server.startOf("/first");
    const leaving = new AbortController();
    const left = fetch(server.base + "/left", { signal: leaving.signal }).catch(() => "aborted");
    await server.arrivalOf("/left");
    const after = fetch(server.base + "/after").then((r) => r.text());
    await server.arrivalOf("/after");
    leaving.abort();
    expect(await left).toBe("aborted");
    await server.closeOf("/left");
    server.finish("/first");
    await server.startOf("/after");
    server.finish("/after");
    expect([await first, await after]).toEqual(["/first", "/after"]);
    expect(server.started).toEqual(["/first", "/after"]);
  });

  it("lets the next render start when one has held its place for `holdMs`, as a page waiting on the database would", async () => {
    const server = await gatedServer({ limit: 1, holdMs: 50, maxWaitMs: 60_000 });
    close = server.close;
    const slow = fetch(server.base + "/slow").then((r) => r.text());
    await server.startOf("/slow");
    const next = fetch(server.base + "/next").then((r) => r.text());
    // /slow has not finished: /next starts because /slow's place was given back.
    await server.startOf("/next");
    server.finish("/next");
    expect(await next).toBe("/next");
    server.finish("/slow");
    expect(await slow).toBe("/slow");
  });

  it("lets a request that waited `maxWaitMs` render beside the renders that hold the places", async () => {
    const server = await gatedServer({ limit: 1, holdMs: 60_000, maxWaitMs: 50 });
    close = server.close;
    const holding = fetch(server.base + "/holding").then((r) => r.text());
    await server.startOf("/holding");
    const waited = fetch(server.base + "/waited").then((r) => r.text());
    // /holding keeps its place (for a minute): /waited starts once it has waited 50 ms.
    await server.startOf("/waited");
    server.finish("/waited");
    expect(await waited).toBe("/waited");
    server.finish("/holding");
    expect(await holding).toBe("/holding");
    expect(server.started).toEqual(["/holding", "/waited"]);
  });

  it("starts a page load or navigation before the prefetches that waited longer", async () => {
    const server = await gatedServer({ limit: 1, holdMs: 60_000, maxWaitMs: 60_000 });
    close = server.close;
    const holding = fetch(server.base + "/holding").then((r) => r.text());
    await server.startOf("/holding");
    const prefetches = [
      fetch(server.base + "/linked?_rsc=1", { headers: { "next-router-prefetch": "1" } }).then((r) => r.text()),
      fetch(server.base + "/tree?_rsc=2", { headers: { "next-router-segment-prefetch": "/_tree" } }).then((r) => r.text()),
    ];
    await Promise.all([server.arrivalOf("/linked?_rsc=1"), server.arrivalOf("/tree?_rsc=2")]);
    const clicked = fetch(server.base + "/clicked?_rsc=3", { headers: { rsc: "1" } }).then((r) => r.text());
    await server.arrivalOf("/clicked?_rsc=3");
    server.finish("/holding");
    await server.startOf("/clicked?_rsc=3");
    expect(server.started).toEqual(["/holding", "/clicked?_rsc=3"]);
    server.finish("/clicked?_rsc=3");
    await server.startOf("/linked?_rsc=1");
    server.finish("/linked?_rsc=1");
    await server.startOf("/tree?_rsc=2");
    server.finish("/tree?_rsc=2");
    expect(server.started).toEqual(["/holding", "/clicked?_rsc=3", "/linked?_rsc=1", "/tree?_rsc=2"]);
    expect([await holding, await clicked, ...(await Promise.all(prefetches))]).toEqual(["/holding", "/clicked?_rsc=3", "/linked?_rsc=1", "/tree?_rsc=2"]);
  });

  it("with a limit of 0, lets every request through at once", async () => {
    const server = await gatedServer({ limit: 0, holdMs: 60_000, maxWaitMs: 60_000 });
    close = server.close;
    const answers = ["/a", "/b", "/c"].map((path) => fetch(server.base + path).then((r) => r.text()));
    await Promise.all(["/a", "/b", "/c"].map(server.startOf));
    for (const path of ["/a", "/b", "/c"]) server.finish(path);
    expect(await Promise.all(answers)).toEqual(["/a", "/b", "/c"]);
  });
});

describe("what counts as a page render", () => {
  const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers }) as IncomingMessage;

  it("is a GET or HEAD of a page without a body", () => {
    expect(isPageRender(request("GET", "/"))).toBe(true);
    expect(isPageRender(request("HEAD", "/explore?cursor=x"))).toBe(true);
    expect(isPageRender(request("GET", "/u/ada", { "content-length": "0" }))).toBe(true);
  });

  it("is not a write, a request with a body, a route handler, a build asset or an upload", () => {
    expect(isPageRender(request("POST", "/"))).toBe(false);
    expect(isPageRender(request("GET", "/", { "content-length": "12" }))).toBe(false);
    expect(isPageRender(request("GET", "/", { "transfer-encoding": "chunked" }))).toBe(false);
    expect(isPageRender(request("GET", "/api/live"))).toBe(false);
    expect(isPageRender(request("GET", "/api/health"))).toBe(false);
    expect(isPageRender(request("GET", "/_next/static/chunks/app.js"))).toBe(false);
    expect(isPageRender(request("GET", "/uploads/ab/cd.webp"))).toBe(false);
  });

  it("tells a router prefetch, by either of its headers, from a navigation", () => {
    expect(isPrefetch(request("GET", "/explore?_rsc=a", { rsc: "1", "next-router-prefetch": "1" }))).toBe(true);
    expect(isPrefetch(request("GET", "/explore?_rsc=b", { rsc: "1", "next-router-segment-prefetch": "/_tree" }))).toBe(true);
    expect(isPrefetch(request("GET", "/explore?_rsc=c", { rsc: "1" }))).toBe(false);
    expect(isPrefetch(request("GET", "/explore"))).toBe(false);
  });
});
