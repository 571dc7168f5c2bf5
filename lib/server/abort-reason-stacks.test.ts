import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { formatAbortReasonStacks } from "./abort-reason-stacks";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Aborts a controller from a method of a 1 MB object and says whether the abort reason still keeps that object. */
async function reasonKeepsCaller(): Promise<{ kept: boolean; reason: unknown }> {
  const controller = new AbortController();
  let caller: WeakRef<object>;
  (() => {
    const owner = {
      payload: Buffer.alloc(1024 * 1024),
      finish() {
        controller.abort(new Error("This render completed successfully."));
      },
    };
    caller = new WeakRef(owner);
    owner.finish();
  })();
  // A WeakRef holds its target until the current job ends.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  return { kept: caller!.deref() !== undefined, reason: controller.signal.reason };
}

describe("formatAbortReasonStacks", () => {
  it("lets an abort reason's stack frames go, keeping the reason itself", async () => {
    expect((await reasonKeepsCaller()).kept).toBe(true);
    formatAbortReasonStacks();
    formatAbortReasonStacks();
    const { kept, reason } = await reasonKeepsCaller();
    expect(kept).toBe(false);
    expect(reason).toBeInstanceOf(Error);
    expect((reason as Error).message).toBe("This render completed successfully.");
    expect((reason as Error).stack).toContain("finish");
  });

  it("still aborts with the default reason", () => {
    formatAbortReasonStacks();
    const controller = new AbortController();
    controller.abort();
    expect(controller.signal.aborted).toBe(true);
    expect((controller.signal.reason as Error).name).toBe("AbortError");
  });
});
