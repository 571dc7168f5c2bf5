import type { UploadFormat } from "./formats";
import {
  MAX_ANIMATION_FRAMES,
  MAX_ANIMATION_PIXELS,
  MAX_JPEG_SCANS,
  refuse,
  uploadMessages,
  type UploadRefusal,
} from "./validate";

// Walks an upload's container structure in plain JavaScript, in time linear in
// its size, before any decoder (or even sharp's header reader) sees it: the
// work a decoder would do is read from the structure and refused when too big.

const JPEG_END_OF_IMAGE = 0xd9;
const JPEG_START_OF_SCAN = 0xda;

/** Markers that stand alone, without a length: stuffed 0xFF inside scan data, restarts, TEM. */
function isStandaloneJpegMarker(marker: number): boolean {
  return marker === 0x00 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

/**
 * Counts the scans (SOS segments) of a JPEG up to its end-of-image marker.
 * Bytes between segments are skipped as the decoder skips them; whatever
 * follows the end of the image (say, an appended payload) is never decoded.
 */
export function countJpegScans(bytes: Uint8Array): number {
  let scans = 0;
  let offset = 2;
  while (offset + 3 < bytes.length) {
    offset = bytes.indexOf(0xff, offset);
    if (offset < 0 || offset + 1 >= bytes.length) break;
    const marker = bytes[offset + 1]!;
    if (marker === JPEG_END_OF_IMAGE) break;
    if (marker === 0xff || isStandaloneJpegMarker(marker)) {
      offset += marker === 0xff ? 1 : 2;
      continue;
    }
    if (marker === JPEG_START_OF_SCAN) scans++;
    // A segment's length counts its own two bytes; scan data follows the SOS header.
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    offset += 2 + Math.max(length, 2);
  }
  return scans;
}

type Animation = { frames: number; width: number; height: number };

function gifColourTableSize(flags: number): number {
  return flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0;
}

/** Skips a chain of GIF data sub-blocks (a length byte, that many bytes, until a zero length). */
function skipGifSubBlocks(bytes: Uint8Array, start: number): number {
  let offset = start;
  while (offset < bytes.length) {
    const size = bytes[offset]!;
    offset += 1 + size;
    if (size === 0) break;
  }
  return offset;
}

/**
 * Counts a GIF's frames and the canvas they are painted on: the decoder sizes
 * its canvas to hold every frame, wherever the frame says it sits.
 */
export function readGifAnimation(bytes: Uint8Array): Animation {
  const animation = { frames: 0, width: 0, height: 0 };
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 13 + gifColourTableSize(bytes[10] ?? 0);
  while (offset + 10 <= bytes.length) {
    const block = bytes[offset];
    if (block === 0x21) {
      offset = skipGifSubBlocks(bytes, offset + 2);
    } else if (block === 0x2c) {
      animation.frames++;
      animation.width = Math.max(animation.width, view.readUInt16LE(offset + 1) + view.readUInt16LE(offset + 5));
      animation.height = Math.max(animation.height, view.readUInt16LE(offset + 3) + view.readUInt16LE(offset + 7));
      // Descriptor (10 bytes), local colour table, LZW code size (1 byte), pixel data.
      offset = skipGifSubBlocks(bytes, offset + 11 + gifColourTableSize(bytes[offset + 9]!));
    } else {
      // The trailer, or bytes that are no GIF block: the decoder stops here too.
      break;
    }
  }
  return animation;
}

/** Counts an animated WebP's frames (ANMF chunks) and reads its canvas from the VP8X chunk. */
export function readWebpAnimation(bytes: Uint8Array): Animation {
  const animation = { frames: 0, width: 0, height: 0 };
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // "RIFF", its length, "WEBP", then chunks: a four-letter name, a length, the payload padded to even.
  for (let offset = 12; offset + 8 <= view.length; ) {
    const name = view.toString("latin1", offset, offset + 4);
    const size = view.readUInt32LE(offset + 4);
    if (name === "ANMF") animation.frames++;
    if (name === "VP8X" && offset + 18 <= view.length) {
      animation.width = 1 + view.readUIntLE(offset + 12, 3);
      animation.height = 1 + view.readUIntLE(offset + 15, 3);
    }
    offset += 8 + size + (size % 2);
  }
  return animation;
}

/** A still image (one frame) is left to the pixel limit, which names its own problem. */
function exceedsAnimationBudget({ frames, width, height }: Animation): boolean {
  return frames > 1 && (frames > MAX_ANIMATION_FRAMES || frames * width * height > MAX_ANIMATION_PIXELS);
}

/**
 * Refuses a file whose structure demands far more decoding work than its size
 * suggests: a JPEG of too many scans, an animation of too many frames or
 * pixels. Returns null when the structure is within bounds; a damaged
 * structure is left to the decoder, which refuses it as unreadable.
 */
export function checkStructure(bytes: Uint8Array, format: UploadFormat): UploadRefusal | null {
  switch (format) {
    case "jpeg":
      return countJpegScans(bytes) > MAX_JPEG_SCANS ? refuse(uploadMessages.tooManyScans) : null;
    case "gif":
      return exceedsAnimationBudget(readGifAnimation(bytes)) ? refuse(uploadMessages.tooManyFrames) : null;
    case "webp":
      return exceedsAnimationBudget(readWebpAnimation(bytes)) ? refuse(uploadMessages.tooManyFrames) : null;
    case "png":
      // sharp decodes a PNG's default image only: the frames of an APNG are never read.
      return null;
  }
}
