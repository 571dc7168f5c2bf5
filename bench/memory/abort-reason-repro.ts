import { AsyncLocalStorage } from "node:async_hooks";
import { setImmediate as nextTurn } from "node:timers/promises";
import { formatAbortReasonStacks } from "@/lib/server/abort-reason-stacks";

// A reproduction, without Next.js, of the retention BENCHMARKS.md "Memory" describes
// (react/react#37288, vercel/next.js#97434): React's Flight server aborts each finished
// render's cache signal with an Error, from a setImmediate callback, inside the request's
// AsyncLocalStorage context. Until the Error's `.stack` is read, V8 keeps its frames, whose
// receiver is the Immediate; the Immediate carries the request's store and points to the
// Immediates queued beside it, so every "render" keeps the ones before it.
//
//   node --expose-gc --import tsx bench/memory/abort-reason-repro.ts [--fixed]
//
// prints what is left after a full GC every 1,000 renders: as is, it grows by the 100 KB
// payload of every render (~98 MiB per 1,000 here); with --fixed
// (lib/server/abort-reason-stacks.ts) it stays flat.

type RenderStore = { id: number; payload: Buffer; cacheController: AbortController };

function fullGc() {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("Run with node --expose-gc");
  gc();
}

fullGc();
if (process.argv.includes("--fixed")) formatAbortReasonStacks();

const storage = new AsyncLocalStorage<RenderStore>();
// A long-lived resource first opened inside a request, as a database connection is: it keeps
// that request's store, the way an open socket did in the server's heap snapshot.
let connection: NodeJS.Timeout | undefined;
let rendered = 0;
let finished = 0;

/**
 * One render: a payload held by the request, worked on for one to five turns of the event loop
 * (as requests are, so that renders in different phases share the Immediate queue), finished
 * from an Immediate as Flight does.
 */
function render(): Promise<void> {
  const store: RenderStore = { id: rendered++, payload: Buffer.alloc(100 * 1024, 1), cacheController: new AbortController() };
  return storage.run(store, async () => {
    connection ??= setInterval(() => {}, 60_000).unref();
    for (let turn = 0; turn <= store.id % 5; turn++) await nextTurn();
    await new Promise<void>((resolve) => {
      setImmediate(function flushCompletedChunks() {
        store.cacheController.abort(new Error("This render completed successfully."));
        resolve();
      });
    });
  });
}

const mib = (bytes: number) => Math.round(bytes / 1024 ** 2);

/** After every 1,000 renders, a full GC and what is left. */
function report() {
  if (++finished % 1000 !== 0) return;
  fullGc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  console.log(`${finished} renders: heap ${mib(heapUsed)} MiB, array buffers ${mib(arrayBuffers)} MiB`);
}

// Eight readers rendering back to back, 5,000 renders in all.
const readers = Array.from({ length: 8 }, async () => {
  while (rendered < 5000) {
    await render();
    report();
  }
});
await Promise.all(readers);
