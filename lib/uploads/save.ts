import { processImage, type ImageKind, type ProcessedImage } from "./images";
import { inspectUpload } from "./inspect";
import { storeImage } from "./storage";
import { checkUploadSize, refuse, uploadMessages, type ImageUploadResult } from "./validate";

/**
 * Checks, processes and stores an uploaded image. Whatever is wrong with the
 * file comes back as `{ ok: false, message }` for the user; only a fault of
 * the server (say, an upload folder that cannot be written) throws.
 */
export async function saveUploadedImage(file: File, kind: ImageKind): Promise<ImageUploadResult> {
  const sizeRefusal = checkUploadSize(file.size);
  if (sizeRefusal) return sizeRefusal;

  const bytes = Buffer.from(await file.arrayBuffer());
  const refusal = await inspectUpload(bytes);
  if (refusal) return refusal;

  const processed = await processOrNull(bytes, kind);
  if (!processed) return refuse(uploadMessages.unreadable);

  const key = await storeImage(processed.bytes);
  return { ok: true, key, width: processed.width, height: processed.height };
}

async function processOrNull(bytes: Buffer, kind: ImageKind): Promise<ProcessedImage | null> {
  try {
    return await processImage(bytes, kind);
  } catch {
    // The header was sound and within limits, so a decoder failure means the
    // pixel data is damaged or cut short: the file's fault, not the server's.
    return null;
  }
}
