import sharp, { type Metadata } from "sharp";
import { detectImageFormat, type UploadFormat } from "./formats";
import { checkStructure } from "./structure";
import { MAX_INPUT_PIXELS, refuse, uploadMessages, type UploadRefusal } from "./validate";

/**
 * The checks that need no decoder, in plain JavaScript: the magic number must
 * name an accepted format, and the file's structure must not demand more
 * decoding work than a real picture does. Returns the format, or a refusal.
 */
export function checkBeforeDecoding(bytes: Buffer): { ok: true; format: UploadFormat } | UploadRefusal {
  const format = detectImageFormat(bytes);
  if (!format) return refuse(uploadMessages.unsupported);
  return checkStructure(bytes, format) ?? { ok: true, format };
}

/**
 * Checks an uploaded file's header without decoding its pixels: sharp must
 * read the same format the magic number named, and the dimensions must stay
 * under the pixel limit. Only a file that passes is handed to the decoder.
 * Returns null when it passes.
 */
export async function inspectHeader(bytes: Buffer, format: UploadFormat): Promise<UploadRefusal | null> {
  const header = await readHeader(bytes);
  // sharp picks its decoder by its own sniffing; it must be the one we allowed.
  if (!header || header.format !== format) return refuse(uploadMessages.unreadable);

  // For animated images the header describes one frame, and only one is decoded.
  if (header.width * header.height > MAX_INPUT_PIXELS) return refuse(uploadMessages.tooManyPixels);
  return null;
}

async function readHeader(bytes: Buffer): Promise<Metadata | null> {
  try {
    // Reading the header allocates no bitmap, so sharp's own pixel limit is
    // switched off here: comparing the dimensions ourselves lets us say why.
    return await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    // A header sharp cannot parse: a corrupt file, or another kind of file
    // that merely starts with an image's magic number.
    return null;
  }
}
