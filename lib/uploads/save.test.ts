import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pngClaiming, upload } from "@/test/hostile/uploads";
import { type StoredFiles, uploadBackends, setUpUploadBackend } from "@/test/upload-storage";
import { processImage } from "./images";
import { saveUploadedImage } from "./save";
import { MAX_UPLOAD_BYTES } from "@/lib/validation/limits";
import { uploadMessages, type ImageUploadResult } from "./validate";

// Every test image is drawn here with sharp, so the repository holds no binary fixtures.

function solid(width: number, height: number, colour: string) {
  return sharp({ create: { width, height, channels: 3, background: colour } });
}

/** Noise compresses badly, which gives a JPEG enough bytes to cut in half. */
function noisy(width: number, height: number) {
  return sharp({
    create: { width, height, channels: 3, background: "#888", noise: { type: "gaussian", mean: 128, sigma: 40 } },
  });
}

/** A 600×400 JPEG whose EXIF says "rotate 90°" and carries GPS coordinates, XMP and a P3 colour profile. */
function jpegWithPrivateMetadata(): Promise<Buffer> {
  return noisy(600, 400)
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD0: { Copyright: "Someone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1" } })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .withIccProfile("p3")
    .toBuffer();
}

/** Tag 0x8825 points to the GPS directory of an EXIF block; sharp writes little-endian ("II") EXIF. */
const GPS_POINTER_TAG = Buffer.from([0x25, 0x88]);

/** A two-frame animated GIF: a red frame, then a blue one. */
async function animatedGif(): Promise<Buffer> {
  const frames = await Promise.all(["#ff0000", "#0000ff"].map((colour) => solid(50, 30, colour).png().toBuffer()));
  return sharp(frames, { join: { animated: true } }).gif().toBuffer();
}

async function storedImage(files: StoredFiles, result: ImageUploadResult) {
  if (!result.ok) throw new Error(`Expected the upload to succeed, got: ${result.message}`);
  const bytes = await files.read(result.key);
  if (!bytes) throw new Error(`${result.key} is not stored`);
  return { bytes, metadata: await sharp(bytes).metadata() };
}

// Each backend starts empty, so uploads from other test files never show up in the "left no file behind" checks.
describe.each(uploadBackends)("saveUploadedImage into the %s", (backend) => {
  const files = setUpUploadBackend(backend);

  describe("accepted files", () => {
    it.each([
      { format: "JPEG", make: () => noisy(640, 480).jpeg().toBuffer(), width: 640, height: 480 },
      { format: "PNG", make: () => solid(3000, 1000, "#2a6").png().toBuffer(), width: 2048, height: 683 },
      { format: "WebP", make: () => solid(100, 80, "#26a").webp().toBuffer(), width: 100, height: 80 },
      { format: "GIF", make: () => solid(64, 48, "#a62").gif().toBuffer(), width: 64, height: 48 },
    ])("stores a $format post image as WebP, longest side at most 2048 px, never enlarged", async ({ make, width, height }) => {
      const result = await saveUploadedImage(upload(await make(), "picture", "application/octet-stream"), "post");

      expect(result).toMatchObject({ ok: true, width, height });
      const { metadata } = await storedImage(files, result);
      expect(metadata).toMatchObject({ format: "webp", width, height });
    });

    it("crops an avatar to 400×400", async () => {
      const result = await saveUploadedImage(upload(await noisy(900, 500).jpeg().toBuffer(), "me.jpg", "image/jpeg"), "avatar");

      expect(result).toMatchObject({ ok: true, width: 400, height: 400 });
      expect((await storedImage(files, result)).metadata).toMatchObject({ width: 400, height: 400 });
    });

    it("strips EXIF (with GPS), XMP and the colour profile, and applies the EXIF orientation", async () => {
      const original = await jpegWithPrivateMetadata();
      const before = await sharp(original).metadata();
      expect(before.exif?.includes(GPS_POINTER_TAG)).toBe(true);
      expect(before).toMatchObject({ orientation: 6, hasProfile: true });
      expect(before.xmp).toBeDefined();

      const result = await saveUploadedImage(upload(original, "holiday.jpg", "image/jpeg"), "post");

      // Orientation 6 means the camera was turned: 600×400 as stored, 400×600 as seen.
      expect(result).toMatchObject({ ok: true, width: 400, height: 600 });
      const { metadata } = await storedImage(files, result);
      expect(metadata).toMatchObject({ width: 400, height: 600, hasProfile: false });
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
    });

    it("keeps only the first frame of an animated GIF", async () => {
      const gif = await animatedGif();
      expect((await sharp(gif).metadata()).pages).toBe(2);

      const result = await saveUploadedImage(upload(gif, "party.gif", "image/gif"), "post");

      expect(result).toMatchObject({ ok: true, width: 50, height: 30 });
      const { bytes, metadata } = await storedImage(files, result);
      expect(metadata.pages ?? 1).toBe(1);
      const { dominant } = await sharp(bytes).stats();
      expect(dominant.r).toBeGreaterThan(200);
      expect(dominant.b).toBeLessThan(50);
    });

    it("goes by the bytes, not the file's name or declared type", async () => {
      const png = await solid(20, 20, "#fff").png().toBuffer();

      const result = await saveUploadedImage(upload(png, "notes.txt", "text/plain"), "post");

      expect(result).toMatchObject({ ok: true, width: 20, height: 20 });
    });

    it("re-encodes a real image with HTML appended, so the payload never reaches the upload folder", async () => {
      const png = await solid(20, 20, "#fff").png().toBuffer();
      const polyglot = Buffer.concat([png, Buffer.from("<html><script>alert(document.cookie)</script></html>")]);

      const result = await saveUploadedImage(upload(polyglot, "image.png", "image/png"), "post");

      const { bytes } = await storedImage(files, result);
      expect(bytes.includes("<script")).toBe(false);
    });

    it("stores the same picture once, under the same key, however often it is uploaded", async () => {
      const png = await solid(30, 30, "#123").png().toBuffer();

      const [first, second] = await Promise.all([
        saveUploadedImage(upload(png, "a.png", "image/png"), "post"),
        saveUploadedImage(upload(png, "b.png", "image/png"), "post"),
      ]);

      if (!first.ok || !second.ok) throw new Error("Both uploads should be stored");
      // One file, claimed by each upload for its own row.
      expect({ ...second, claim: first.claim }).toEqual(first);
      expect(await db.uploadClaim.findMany({ where: { fileKey: first.key }, select: { id: true } })).toEqual(
        expect.arrayContaining([{ id: first.claim }, { id: second.claim }]),
      );
      expect((await files.names()).filter((name) => name.startsWith("."))).toEqual([]);
    });
  });

  describe("refused files", () => {
    it.each([
      { what: "an empty file", make: async () => upload("", "empty.jpg", "image/jpeg"), message: uploadMessages.empty },
      {
        what: "a file over 5 MB",
        make: async () => upload(Buffer.alloc(6 * 1024 * 1024), "huge.jpg", "image/jpeg"),
        message: uploadMessages.tooLarge,
      },
      {
        what: "an SVG",
        make: async () =>
          upload('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "logo.svg", "image/svg+xml"),
        message: uploadMessages.unsupported,
      },
      {
        what: "an HTML page named .jpg",
        make: async () => upload("<!doctype html><script>alert(1)</script>", "photo.jpg", "image/jpeg"),
        message: uploadMessages.unsupported,
      },
      {
        what: "a TIFF, which sharp could decode but the product does not accept",
        make: async () => upload(await solid(10, 10, "#000").tiff().toBuffer(), "scan.png", "image/png"),
        message: uploadMessages.unsupported,
      },
      {
        what: "HTML behind a JPEG magic number",
        make: async () =>
          upload(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from("<html><script>alert(1)</script>")]), "a.jpg", "image/jpeg"),
        message: uploadMessages.unreadable,
      },
      {
        what: "script behind a GIF magic number",
        make: async () => upload("GIF89a/*<script>*/=alert(1)", "a.gif", "image/gif"),
        message: uploadMessages.unreadable,
      },
      {
        what: "a truncated JPEG",
        make: async () => {
          const jpeg = await noisy(600, 400).jpeg().toBuffer();
          return upload(jpeg.subarray(0, jpeg.length / 2), "cut.jpg", "image/jpeg");
        },
        message: uploadMessages.unreadable,
      },
      {
        what: "a PNG claiming 10000×5000 px, over the limit yet under sharp's default one",
        make: async () => upload(await pngClaiming(10_000, 5_000), "bomb.png", "image/png"),
        message: uploadMessages.tooManyPixels,
      },
      {
        what: "a PNG claiming 100000×100000 px",
        make: async () => upload(await pngClaiming(100_000, 100_000), "bomb.png", "image/png"),
        message: uploadMessages.tooManyPixels,
      },
    ])("refuses $what and stores nothing", async ({ make, message }) => {
      const file = await make();
      const before = await files.names();

      const result = await saveUploadedImage(file, "post");

      expect(result).toEqual({ ok: false, message });
      expect(await files.names()).toEqual(before);
    });

    it("checks the size before reading the file", async () => {
      const file = upload(Buffer.alloc(MAX_UPLOAD_BYTES + 1), "big.png", "image/png");
      file.arrayBuffer = () => Promise.reject(new Error("the file should not have been read"));

      expect(await saveUploadedImage(file, "avatar")).toEqual({ ok: false, message: uploadMessages.tooLarge });
    });
  });
});

describe("processImage", () => {
  it("refuses to decode more pixels than the limit even when called directly", async () => {
    await expect(processImage(await pngClaiming(10_000, 5_000), "post")).rejects.toThrow(/pixel limit/);
  });
});
