import sharp from "sharp";

export type ImageKind = "avatar" | "post";

export type ProcessedImage = { bytes: Buffer; width: number; height: number };

/** Refuses decompression bombs: a small file that decodes to a huge bitmap. */
export const MAX_INPUT_PIXELS = 40_000_000;

const AVATAR_SIZE = 400;
const POST_LONGEST_SIDE = 2048;

/**
 * Decodes an image, applies its EXIF orientation, resizes it for its use and
 * re-encodes it as WebP. sharp drops all metadata (EXIF, GPS, ICC) unless
 * asked to keep it, so nothing from the original file survives but pixels.
 */
export async function processImage(input: Buffer, kind: ImageKind): Promise<ProcessedImage> {
  const pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate();
  const resized =
    kind === "avatar"
      ? pipeline.resize(AVATAR_SIZE, AVATAR_SIZE, { fit: "cover", position: "attention" })
      : pipeline.resize(POST_LONGEST_SIDE, POST_LONGEST_SIDE, { fit: "inside", withoutEnlargement: true });
  const { data, info } = await resized.webp({ quality: 82 }).toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}
