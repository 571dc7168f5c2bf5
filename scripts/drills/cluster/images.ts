import sharp from "sharp";

/** A small PNG of its own colour for each `seed`: every upload is a new file (stored by content hash). */
export function pngImage(seed: number): Promise<Buffer> {
  const channel = (shift: number) => (seed >> shift) & 0xff;
  return sharp({ create: { width: 96, height: 64, channels: 3, background: { r: channel(0), g: channel(8), b: channel(16) } } })
    .png()
    .toBuffer();
}
