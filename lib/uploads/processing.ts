import type { UploadFormat } from "./formats";
import { processImage, type ImageKind, type ProcessedImage } from "./images";
import { inspectHeader } from "./inspect";
import { imagePool, PoolBusyError, PoolShareTakenError } from "./pool";
import { refuse, uploadMessages, type UploadRefusal } from "./validate";

/** How long an image may wait for a slot in the pool, and then how long it may take there. */
export const IMAGE_TIME_BUDGET_MS = 10_000;

type Outcome = { ok: true; image: ProcessedImage } | UploadRefusal;

async function decode(bytes: Buffer, format: UploadFormat, kind: ImageKind, budgetMs: number): Promise<Outcome> {
  const refusal = await inspectHeader(bytes, format);
  if (refusal) return refusal;
  // libvips stops itself once the budget is spent, which frees the slot soon after the uploader was answered.
  return { ok: true, image: await processImage(bytes, kind, Math.ceil(budgetMs / 1000)) };
}

/** The decode's outcome, or "too slow" once the budget is spent; the decode itself runs on. */
function answerWithin(decoding: Promise<Outcome>, budgetMs: number): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    const timer = setTimeout(() => resolve(refuse(uploadMessages.tooSlow)), budgetMs);
    decoding
      // The header was sound and within limits, so a decoder failure means the
      // pixel data is damaged or cut short: the file's fault, not the server's.
      .then(resolve, () => resolve(refuse(uploadMessages.unreadable)))
      .finally(() => clearTimeout(timer));
  });
}

/**
 * Reads an upload's header and decodes it in the image pool, within a time
 * budget, and answers with a result the uploader can act on: when the pool
 * has no room (its queue is full, or the image waited there a whole budget)
 * they are asked to try again; when the decode runs out of budget the image
 * was too slow; when the decoder fails the file is damaged. A decode keeps its
 * slot until it really ends, so the pool never runs more decodes than it has
 * slots, even when their uploaders have already been answered. `owner`, the
 * account uploading, has a bounded share of the pool (IMAGE_OWNER_SHARE).
 */
export function processWithinBudget(
  bytes: Buffer,
  format: UploadFormat,
  kind: ImageKind,
  { budgetMs = IMAGE_TIME_BUDGET_MS, owner }: { budgetMs?: number; owner?: string } = {},
): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    imagePool
      .run(async () => {
        const decoding = decode(bytes, format, kind, budgetMs);
        resolve(answerWithin(decoding, budgetMs));
        await decoding.catch(() => undefined);
      }, AbortSignal.timeout(budgetMs), owner)
      // The job answers every failure of its own, so what is left is the pool's refusal.
      .catch((error: unknown) => resolve(error instanceof PoolBusyError ? refuse(poolRefusal(error)) : Promise.reject(error)));
  });
}

function poolRefusal(error: PoolBusyError): string {
  return error instanceof PoolShareTakenError ? uploadMessages.yoursBusy : uploadMessages.busy;
}
