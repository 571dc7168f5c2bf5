import { processImage, type ImageKind, type ProcessedImage } from "./images";
import type { UploadFormat } from "./formats";
import { inspectHeader } from "./inspect";
import { imagePool, PoolBusyError } from "./pool";
import { refuse, uploadMessages, type UploadRefusal } from "./validate";

/** How long an uploader waits for their image, queue included, before hearing it took too long. */
export const IMAGE_TIME_BUDGET_MS = 10_000;

/** Settles like `work`, or rejects when `deadline` aborts first; `work` itself runs on. */
function before<T>(work: Promise<T>, deadline: AbortSignal): Promise<T> {
  // Once the caller has given up, a later failure of the work is nobody's to handle.
  work.catch(() => undefined);
  return new Promise<T>((resolve, reject) => {
    const giveUp = () => reject(deadline.reason);
    deadline.addEventListener("abort", giveUp, { once: true });
    work.then(resolve, reject).finally(() => deadline.removeEventListener("abort", giveUp));
  });
}

/**
 * Reads an upload's header and decodes it in the image pool, within a time
 * budget. Whatever goes wrong comes back as a refusal the user can act on: a
 * full pool asks them to try again, a budget run out says the image was too
 * slow, and a decoder error means the file is damaged. A decode that outlives
 * its budget keeps its pool slot until libvips stops it (sharp's timeout is
 * set to the same budget), so the pool never runs more decodes than it has slots.
 */
export async function processWithinBudget(
  bytes: Buffer,
  format: UploadFormat,
  kind: ImageKind,
  budgetMs = IMAGE_TIME_BUDGET_MS,
): Promise<{ ok: true; image: ProcessedImage } | UploadRefusal> {
  const deadline = AbortSignal.timeout(budgetMs);
  const work = imagePool.run(async () => {
    const refusal = await inspectHeader(bytes, format);
    return refusal ?? (await processImage(bytes, kind, Math.ceil(budgetMs / 1000)));
  }, deadline);
  try {
    const outcome = await before(work, deadline);
    return "message" in outcome ? outcome : { ok: true, image: outcome };
  } catch (error) {
    if (error instanceof PoolBusyError) return refuse(uploadMessages.busy);
    if (deadline.aborted) return refuse(uploadMessages.tooSlow);
    // The header was sound and within limits, so a decoder failure means the
    // pixel data is damaged or cut short: the file's fault, not the server's.
    return refuse(uploadMessages.unreadable);
  }
}
