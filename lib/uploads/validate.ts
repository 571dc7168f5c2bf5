// Limits, results and messages of image uploads. This file imports neither sharp
// nor Node APIs, so client components can use it too (say, to check a file's
// size before sending it).

import { withoutInvisibleCharacters } from "@/lib/validation/invisible";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_SIZE } from "@/lib/validation/limits";
import { withoutControlCharacters } from "@/lib/validation/text";

/** Refuses decompression bombs: a small file that decodes to a huge bitmap. */
export const MAX_INPUT_PIXELS = 40_000_000;

/**
 * A progressive JPEG's decoder visits every block of the image once per scan,
 * so a small file of thousands of tiny scans takes minutes. Real encoders
 * write about 10 scans; the standard allows thousands.
 */
export const MAX_JPEG_SCANS = 100;

/**
 * Animations: the decoder paints each frame onto the full canvas, and some
 * bookkeeping grows faster than the frame count, so both are bounded.
 */
export const MAX_ANIMATION_FRAMES = 1_000;
export const MAX_ANIMATION_PIXELS = 10 * MAX_INPUT_PIXELS;

export type UploadRefusal = { ok: false; message: string };

/** A stored image, with its claim (lib/uploads/claims.ts), which the row that uses it releases. */
export type ImageUploadResult = { ok: true; key: string; claim: string; width: number; height: number } | UploadRefusal;

/** What the user reads when an upload is refused: what went wrong and what to do instead. */
export const uploadMessages = {
  empty: "That file is empty. Choose a JPEG, PNG, WebP or GIF image.",
  tooLarge: `That file is larger than ${MAX_UPLOAD_SIZE}. Choose a smaller image.`,
  unsupported: "That file is not a JPEG, PNG, WebP or GIF image. Other kinds of file, SVG among them, can't be uploaded.",
  unreadable: "That image could not be read; it may be damaged or incomplete. Try saving it again or choose another one.",
  tooManyPixels: `That image has more than ${MAX_INPUT_PIXELS / 1_000_000} megapixels. Scale it down or choose a smaller one.`,
  tooManyScans: `That JPEG is split into more than ${MAX_JPEG_SCANS} progressive scans, which makes it far too slow to read. Save it again as an ordinary JPEG, or as PNG or WebP, and upload that.`,
  tooManyFrames: `That animation is too large: at most ${MAX_ANIMATION_FRAMES.toLocaleString("en")} frames and ${MAX_ANIMATION_PIXELS / 1_000_000} megapixels in all its frames together. Upload a still image or a shorter, smaller animation.`,
  tooSlow: "That image took too long to process. Try a smaller or simpler image.",
  busy: "Too many images are being processed right now. Try again in a moment.",
  yoursBusy: "Several of your images are still being processed. Wait for them to finish, then try again.",
  storageUnavailable: "Images cannot be stored right now because of a problem on our side. Please try again later.",
} as const;

export function refuse(message: string): UploadRefusal {
  return { ok: false, message };
}

/** The kinds of image a file picker offers, as MIME types (its `accept` attribute). */
export const ACCEPTED_IMAGE_TYPES: readonly string[] = ["image/jpeg", "image/png", "image/webp", "image/gif"];

/**
 * What a browser can tell about a chosen file before sending it: its size, and
 * the kind it declares. Only a hint for the person choosing; the server
 * decides by the bytes (see formats.ts), whatever is declared.
 */
export function checkChosenFile(file: { size: number; type: string }): UploadRefusal | null {
  const declared = file.type.toLowerCase();
  if (declared !== "" && !ACCEPTED_IMAGE_TYPES.includes(declared)) return refuse(uploadMessages.unsupported);
  return checkUploadSize(file.size);
}

/** Checks a file's size in bytes, which is known before a single byte is read. */
export function checkUploadSize(size: number): UploadRefusal | null {
  if (size === 0) return refuse(uploadMessages.empty);
  if (size > MAX_UPLOAD_BYTES) return refuse(uploadMessages.tooLarge);
  return null;
}

/** How much of a chosen file's name a message or a label shows: its start, "…", and its end (the type). */
const FILE_NAME_HEAD = 40;
const FILE_NAME_TAIL = 16;

/**
 * A chosen file's name as messages and labels show it: without invisible characters and bidi
 * controls (an override turns "gpj.svg" into what reads as "svg.jpg"), and at most 57
 * characters, "…" in the middle. "An image" when nothing of it is left. Its work grows with the
 * name, which is bounded: on the server a name arrives in a multipart part's header, which
 * Next.js's parser (busboy) caps at 16 KiB, and a browser's file names come from its file system.
 */
export function shownFileName(name: string): string {
  const characters = Array.from(withoutInvisibleCharacters(withoutControlCharacters(name)).trim());
  if (characters.length === 0) return "An image";
  if (characters.length <= FILE_NAME_HEAD + FILE_NAME_TAIL + 1) return characters.join("");
  return `${characters.slice(0, FILE_NAME_HEAD).join("")}…${characters.slice(-FILE_NAME_TAIL).join("")}`;
}
