import sharp from "sharp";

// Images that demand far more decoding work than their size suggests, written
// byte by byte (or drawn with sharp) so the repository holds no binary fixtures.

/** Writes entropy-coded JPEG data: bits most significant first, a 0x00 after every 0xFF byte. */
class JpegBitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private filled = 0;

  write(value: number, length: number): void {
    for (let bit = length - 1; bit >= 0; bit--) {
      this.current = (this.current << 1) | ((value >> bit) & 1);
      if (++this.filled === 8) this.flushByte();
    }
  }

  /** Pads the last byte with ones, as the standard asks, and returns the data. */
  finish(): Buffer {
    while (this.filled !== 0) this.write(1, 1);
    return Buffer.from(this.bytes);
  }

  private flushByte(): void {
    this.bytes.push(this.current);
    if (this.current === 0xff) this.bytes.push(0x00);
    this.current = 0;
    this.filled = 0;
  }
}

function segment(marker: number, body: number[]): Buffer {
  const length = body.length + 2;
  return Buffer.from([0xff, marker, length >> 8, length & 0xff, ...body]);
}

/** One run of "end of block" codes ending `count` blocks: EOBn covers 2^n to 2^(n+1)−1 blocks. */
function endOfBlockRuns(count: number, writer: JpegBitWriter): void {
  for (let left = count; left > 0; ) {
    const run = Math.min(left, 32_767);
    const n = Math.floor(Math.log2(run));
    // The AC table below gives EOBn the 4-bit code n.
    writer.write(n, 4);
    writer.write(run - 2 ** n, n);
    left -= run;
  }
}

/**
 * A valid progressive JPEG of a flat grey picture, split into every scan the
 * standard allows: each AC coefficient of each component on its own, sent in
 * 14 successive-approximation passes (63 × 14 = 882 scans per component).
 * Every scan is a few dozen bytes of "end of block" runs, yet the decoder
 * visits every block of the image for each one: for 6320×6320 px in colour,
 * 2,647 scans of 624,100 blocks, from a file of about 330 KB.
 */
export function manyScanJpeg(width: number, height: number, components: 1 | 3 = 3): Buffer {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const ids = Array.from({ length: components }, (_, index) => index + 1);
  const parts: Buffer[] = [Buffer.from([0xff, 0xd8])];
  parts.push(segment(0xdb, [0x00, ...Array<number>(64).fill(1)]));
  parts.push(segment(0xc2, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, components, ...ids.flatMap((id) => [id, 0x11, 0])]));
  // DC table: one code, "0", for "no change from the previous block".
  parts.push(segment(0xc4, [0x00, 1, ...Array<number>(15).fill(0), 0x00]));
  // AC table: EOB0 to EOB14 (symbols 0x00 to 0xe0), each with a 4-bit code.
  parts.push(segment(0xc4, [0x10, 0, 0, 0, 15, ...Array<number>(12).fill(0), ...Array.from({ length: 15 }, (_, n) => n << 4)]));

  const dc = new JpegBitWriter();
  for (let code = 0; code < blocks * components; code++) dc.write(0, 1);
  parts.push(segment(0xda, [components, ...ids.flatMap((id) => [id, 0x00]), 0, 0, 0x00]), dc.finish());

  // The same few bytes serve every AC scan: only the scan header differs.
  const runs = new JpegBitWriter();
  endOfBlockRuns(blocks, runs);
  const acData = runs.finish();
  for (const id of ids) {
    for (let coefficient = 1; coefficient <= 63; coefficient++) {
      for (let bit = 13; bit >= 0; bit--) {
        const approximation = bit === 13 ? 13 : ((bit + 1) << 4) | bit;
        parts.push(segment(0xda, [1, id, 0x00, coefficient, coefficient, approximation]), acData);
      }
    }
  }
  parts.push(Buffer.from([0xff, 0xd9]));
  return Buffer.concat(parts);
}

/** Animation frames are this small and sit in the canvas's far corner, so each one makes the decoder paint the whole canvas. */
const FRAME_SIDE = 8;

function flatFrame() {
  return sharp({ create: { width: FRAME_SIDE, height: FRAME_SIDE, channels: 3, background: "#777" } });
}

/**
 * An animated GIF of `frames` frames, each a full width×height canvas to the
 * decoder: a tiny frame drawn by sharp, moved to the canvas's far corner and
 * repeated by hand, so the file stays a few dozen bytes per frame.
 */
export async function manyFrameGif(width: number, height: number, frames: number): Promise<Buffer> {
  const single = await flatFrame().gif().toBuffer();
  // Header (6 bytes), screen descriptor (7), then the global colour table its flags size.
  const flags = single[10]!;
  const tableEnd = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  const header = Buffer.from(single.subarray(0, tableEnd));
  header.writeUInt16LE(width, 6);
  header.writeUInt16LE(height, 8);
  // What follows is the one frame (control extension, descriptor, pixel data), then the trailer byte.
  const frame = Buffer.from(single.subarray(tableEnd, single.length - 1));
  const descriptor = frame.indexOf(0x2c);
  frame.writeUInt16LE(width - FRAME_SIDE, descriptor + 1);
  frame.writeUInt16LE(height - FRAME_SIDE, descriptor + 3);
  return Buffer.concat([header, ...Array<Buffer>(frames).fill(frame), Buffer.from([0x3b])]);
}

function riffChunk(name: string, payload: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.write(name, 0, "latin1");
  header.writeUInt32LE(payload.length, 4);
  return Buffer.concat([header, payload, Buffer.alloc(payload.length % 2)]);
}

function uint24(value: number): Buffer {
  return Buffer.from([value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff]);
}

/** An animated WebP of `frames` frames on a width×height canvas, built the same way as manyFrameGif. */
export async function manyFrameWebp(width: number, height: number, frames: number): Promise<Buffer> {
  const still = await flatFrame().webp({ lossless: true }).toBuffer();
  // RIFF header (12 bytes), then the VP8L chunk holding the picture.
  const picture = still.subarray(12);
  // Frame offsets are stored halved.
  const corner = Buffer.concat([uint24((width - FRAME_SIDE) >> 1), uint24((height - FRAME_SIDE) >> 1)]);
  const frameSize = Buffer.concat([uint24(FRAME_SIDE - 1), uint24(FRAME_SIDE - 1)]);
  const frame = riffChunk("ANMF", Buffer.concat([corner, frameSize, uint24(100), Buffer.from([0]), picture]));
  const body = Buffer.concat([
    Buffer.from("WEBP", "latin1"),
    riffChunk("VP8X", Buffer.concat([Buffer.from([0x02, 0, 0, 0]), uint24(width - 1), uint24(height - 1)])),
    riffChunk("ANIM", Buffer.alloc(6)),
    ...Array<Buffer>(frames).fill(frame),
  ]);
  return Buffer.concat([riffChunk("RIFF", body).subarray(0, 8), body]);
}
