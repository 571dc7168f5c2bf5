import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { noisyJpeg, SCRIPT_PAYLOAD, solidPng } from "@/test/hostile/uploads";
import { manyFrameGif, manyFrameWebp, manyScanJpeg } from "@/test/hostile/images";
import { checkStructure, countJpegScans, readGifAnimation, readWebpAnimation } from "./structure";
import { uploadMessages } from "./validate";

function photo(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: "#888", noise: { type: "gaussian", mean: 128, sigma: 40 } } });
}

/** An animation drawn by sharp, as an encoder writes it: frames of different colours, since encoders merge equal ones. */
async function animation(format: "gif" | "webp", width: number, height: number, frames: number): Promise<Buffer> {
  const pictures = await Promise.all(
    Array.from({ length: frames }, (_, index) =>
      sharp({ create: { width, height, channels: 3, background: { r: (index * 37) % 256, g: (index * 91) % 256, b: (index * 53) % 256 } } }).png().toBuffer(),
    ),
  );
  const joined = sharp(pictures, { join: { animated: true } });
  return format === "gif" ? joined.gif().toBuffer() : joined.webp().toBuffer();
}

describe("countJpegScans", () => {
  it("counts one scan in a baseline JPEG and about ten in a progressive one", async () => {
    expect(countJpegScans(await photo(320, 240).jpeg().toBuffer())).toBe(1);
    const progressive = countJpegScans(await photo(320, 240).jpeg({ progressive: true }).toBuffer());
    expect(progressive).toBeGreaterThan(1);
    expect(progressive).toBeLessThanOrEqual(20);
  });

  it("counts every scan of a many-scan JPEG", () => {
    expect(countJpegScans(manyScanJpeg(64, 64, 1))).toBe(1 + 63 * 14);
    expect(countJpegScans(manyScanJpeg(6320, 6320, 3))).toBe(1 + 3 * 63 * 14);
  });

  it("stops at the end of the image, so bytes appended after it count for nothing", async () => {
    const jpeg = await noisyJpeg(64, 48);
    const startOfScan = Buffer.from([0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0x3f, 0, 0]);

    expect(countJpegScans(Buffer.concat([jpeg, ...Array<Buffer>(500).fill(startOfScan), Buffer.from(SCRIPT_PAYLOAD)]))).toBe(1);
  });

  it("ends on a file cut short or a segment whose length makes no sense", async () => {
    const jpeg = manyScanJpeg(64, 64, 1);
    expect(countJpegScans(jpeg.subarray(0, jpeg.length >> 1))).toBeLessThan(1 + 63 * 14);
    const zeroLength = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x00, 0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0x3f, 0, 0, 0xff, 0xd9]);
    expect(countJpegScans(zeroLength)).toBe(1);
  });
});

describe("readGifAnimation and readWebpAnimation", () => {
  it.each(["gif", "webp"] as const)("read the frames and canvas of a %s that sharp wrote", async (format) => {
    const bytes = await animation(format, 50, 30, 3);
    const read = format === "gif" ? readGifAnimation(bytes) : readWebpAnimation(bytes);

    expect(read).toEqual({ frames: 3, width: 50, height: 30 });
    expect(await sharp(bytes).metadata()).toMatchObject({ pages: 3, width: 50, height: 30 });
  });

  it.each([
    { format: "gif", read: readGifAnimation, make: manyFrameGif },
    { format: "webp", read: readWebpAnimation, make: manyFrameWebp },
  ] as const)("read the canvas the decoder paints each frame of a $format on", async ({ read, make }) => {
    const bytes = await make(6320, 6320, 4);

    expect(read(bytes)).toEqual({ frames: 4, width: 6320, height: 6320 });
    expect(await sharp(bytes, { limitInputPixels: false }).metadata()).toMatchObject({ pages: 4, width: 6320, height: 6320 });
  });
});

describe("checkStructure", () => {
  it.each([
    { what: "a progressive photo", format: "jpeg", make: () => photo(640, 480).jpeg({ progressive: true }).toBuffer() },
    { what: "a PNG", format: "png", make: () => solidPng(640, 480) },
    { what: "a 480×270 GIF of 40 frames", format: "gif", make: () => animation("gif", 480, 270, 40) },
    { what: "a 512×512 WebP sticker of 40 frames", format: "webp", make: () => animation("webp", 512, 512, 40) },
    { what: "a still 6320×6320 GIF", format: "gif", make: () => manyFrameGif(6320, 6320, 1) },
  ] as const)("lets $what through", async ({ format, make }) => {
    expect(checkStructure(await make(), format)).toBeNull();
  });

  it.each([
    { what: "a JPEG of 2,647 scans", format: "jpeg", make: async () => manyScanJpeg(6320, 6320), message: uploadMessages.tooManyScans },
    { what: "a JPEG of 101 scans", format: "jpeg", make: async () => cutAfterScans(manyScanJpeg(64, 64, 1), 101), message: uploadMessages.tooManyScans },
    { what: "a GIF of 11 frames of 40 megapixels", format: "gif", make: () => manyFrameGif(6320, 6320, 11), message: uploadMessages.tooManyFrames },
    { what: "a WebP of 11 frames of 40 megapixels", format: "webp", make: () => manyFrameWebp(6320, 6320, 11), message: uploadMessages.tooManyFrames },
    { what: "a GIF of 1,001 tiny frames", format: "gif", make: () => manyFrameGif(16, 16, 1_001), message: uploadMessages.tooManyFrames },
    { what: "a WebP of 1,001 tiny frames", format: "webp", make: () => manyFrameWebp(16, 16, 1_001), message: uploadMessages.tooManyFrames },
  ] as const)("refuses $what", async ({ format, make, message }) => {
    expect(checkStructure(await make(), format)).toEqual({ ok: false, message });
  });

  it("lets through a JPEG of exactly 100 scans", () => {
    expect(checkStructure(cutAfterScans(manyScanJpeg(64, 64, 1), 100), "jpeg")).toBeNull();
  });
});

/** The JPEG up to (not including) its scan number `count + 1`, closed with an end-of-image marker. */
function cutAfterScans(jpeg: Buffer, count: number): Buffer {
  let offset = 0;
  for (let scan = 0; scan <= count; scan++) offset = jpeg.indexOf(Buffer.from([0xff, 0xda]), offset + 1);
  return Buffer.concat([jpeg.subarray(0, offset), Buffer.from([0xff, 0xd9])]);
}
