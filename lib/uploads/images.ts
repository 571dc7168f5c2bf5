import sharp from "sharp";
import { MAX_INPUT_PIXELS } from "./validate";

export type ImageKind = "avatar" | "post";

export type ProcessedImage = { bytes: Buffer; width: number; height: number };

const AVATAR_SIZE = 400;
const POST_LONGEST_SIDE = 2048;

/**
 * How long libvips may work on one image before it stops. It checks the clock
 * between the tiles it computes, so a decoder that does all its work in one
 * call (libjpeg reading every scan of a progressive JPEG) is stopped only
 * after that call: the structure checks bound such work before decoding.
 */
export const IMAGE_TIMEOUT_SECONDS = 10;

// One libvips thread per image: uploads are few and small, and a decode must
// leave the second core to the pages being served meanwhile.
sharp.concurrency(1);

/**
 * Decodes an image, applies its EXIF orientation, resizes it for its use and
 * re-encodes it as WebP. sharp writes no metadata (EXIF with GPS, XMP, IPTC,
 * ICC profile, comments) unless asked to keep it, and converts the colours to
 * sRGB, so nothing of the original file survives but its pixels. Throws if the
 * pixel data is damaged or truncated, or when it takes longer than `timeoutSeconds`.
 */
export async function processImage(input: Buffer, kind: ImageKind, timeoutSeconds = IMAGE_TIMEOUT_SECONDS): Promise<ProcessedImage> {
  const decoded = sharp(input, {
    limitInputPixels: MAX_INPUT_PIXELS,
    // Truncated or corrupt pixel data is refused rather than stored as a
    // half-grey picture. The strictest level, "warning", would also refuse
    // files with harmless oddities that every browser shows fine.
    failOn: "error",
    // Animated GIFs (and WebPs) keep only their first frame: avatars and post
    // images are still pictures, and an animation would multiply the size of
    // the stored file and the work of decoding it.
    pages: 1,
    autoOrient: true,
  });
  const resized =
    kind === "avatar"
      ? decoded.resize(AVATAR_SIZE, AVATAR_SIZE, { fit: "cover", position: "attention" })
      : decoded.resize(POST_LONGEST_SIDE, POST_LONGEST_SIDE, { fit: "inside", withoutEnlargement: true });
  const { data, info } = await resized
    .webp({ quality: 82 })
    .timeout({ seconds: timeoutSeconds })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}
