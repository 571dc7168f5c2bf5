const INSTALLED = Symbol.for("commons.abort-reason-stacks");

/**
 * Makes every AbortController format its abort reason's stack when it is
 * aborted, so that the reason no longer pins the code that aborted it.
 *
 * V8 keeps an Error's stack frames unformatted until `error.stack` is read,
 * and each frame keeps its receiver alive. React's Flight server aborts every
 * finished render's cache signal with an Error (Next.js aborts controllers of
 * its own too), from inside a `setImmediate` callback: the frame's receiver is
 * that Immediate, which carries the request's AsyncLocalStorage store and
 * points to the Immediates queued beside it, from other requests. So each
 * rendered page stayed reachable from the next one, with its request, response
 * and RSC payload: ~200 KB a page, without bound (BENCHMARKS.md, "Memory";
 * react/react#37288, vercel/next.js#97434; `bench/memory/abort-reason-repro.ts`
 * reproduces it without Next.js). Reading `.stack` once turns the frames into
 * a string and lets the Immediate go. The reason itself is unchanged.
 */
export function formatAbortReasonStacks(): void {
  const prototype = AbortController.prototype as AbortController & { [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  const abort = prototype.abort;
  prototype.abort = function abortAndFormatReason(this: AbortController, reason?: unknown) {
    abort.call(this, reason);
    const settled: unknown = this.signal.reason;
    if (settled instanceof Error) void settled.stack;
  };
  prototype[INSTALLED] = true;
}
