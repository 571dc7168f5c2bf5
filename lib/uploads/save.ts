import { requestLogger } from "@/lib/logging/request-logger";
import type { ImageKind } from "./images";
import { checkBeforeDecoding } from "./inspect";
import { processWithinBudget } from "./processing";
import { claimFile, releaseClaims } from "./claims";
import { fileKeyOf } from "./file-key";
import { storeImage } from "./storage";
import { StorageUnavailableError } from "./store";
import { checkUploadSize, refuse, uploadMessages, type ImageUploadResult } from "./validate";

/** A failed system call on the upload folder (full disk, not a folder, read-only, no permission). */
function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  const candidate = error as NodeJS.ErrnoException | null;
  return typeof candidate?.code === "string" && typeof candidate.syscall === "string";
}

/**
 * Checks, processes and stores an uploaded image, claimed for the row its caller writes next. Whatever is wrong with the
 * file comes back as `{ ok: false, message }` for the user, and so does an
 * upload folder that cannot take it (full disk, misconfigured path) or a
 * bucket that does not answer: the person can do nothing about that but try
 * later, and nothing was stored.
 */
export async function saveUploadedImage(file: File, kind: ImageKind, owner?: string): Promise<ImageUploadResult> {
  const sizeRefusal = checkUploadSize(file.size);
  if (sizeRefusal) return sizeRefusal;

  const bytes = Buffer.from(await file.arrayBuffer());
  const checked = checkBeforeDecoding(bytes);
  if (!checked.ok) return checked;

  const processed = await processWithinBudget(bytes, checked.format, kind, { owner });
  if (!processed.ok) return processed;

  const { image } = processed;
  // Claimed before it is stored: a post or picture deleted meanwhile may share the file (lib/uploads/cleanup.ts).
  const claim = await claimFile(fileKeyOf(image.bytes));
  try {
    const key = await storeImage(image.bytes);
    return { ok: true, key, claim, width: image.width, height: image.height };
  } catch (error) {
    await releaseClaims([claim]);
    if (error instanceof StorageUnavailableError) {
      (await requestLogger()).error({ event: "upload-storage-failed", err: error }, "The object store refused an image");
      return refuse(uploadMessages.storageUnavailable);
    }
    if (!isFileSystemError(error)) throw error;
    (await requestLogger()).error(
      { event: "upload-storage-failed", code: error.code, syscall: error.syscall, reason: error.message },
      "The upload folder refused an image",
    );
    return refuse(uploadMessages.storageUnavailable);
  }
}
