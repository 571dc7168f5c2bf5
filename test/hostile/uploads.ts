import { crc32 } from "node:zlib";
import sharp from "sharp";

// Hostile uploads, drawn with sharp or by hand so the repository holds no binary fixtures.

export function upload(bytes: Uint8Array | string, name: string, type: string): File {
  return new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });
}

export function solidPng(width: number, height: number, colour = "#2a6"): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer();
}

/** Noise compresses badly, which gives a JPEG enough bytes to cut in half. */
export function noisyJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: "#888", noise: { type: "gaussian", mean: 128, sigma: 40 } },
  })
    .jpeg()
    .toBuffer();
}

/**
 * A decompression bomb made cheaply: a valid 1×1 PNG whose header claims other
 * dimensions (the header's checksum is recomputed so it still parses). Its
 * pixel data is for 1×1, so decoding it would fail as "unreadable": a refusal
 * for its size shows the header was checked before any decoding.
 */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await solidPng(1, 1, "#000"));
  // Signature (8 bytes), IHDR length (4), "IHDR" (4), width (4), height (4), 5 more fields, CRC.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

export const SCRIPT_PAYLOAD = "<html><script>alert(document.cookie)</script></html>";
