/** The formats users may upload, named as sharp's `metadata().format` names them. */
export type UploadFormat = "jpeg" | "png" | "webp" | "gif";

type Signature = { format: UploadFormat; parts: { offset: number; bytes: readonly number[] }[] };

function ascii(text: string): number[] {
  return Array.from(text, (character) => character.charCodeAt(0));
}

const SIGNATURES: readonly Signature[] = [
  { format: "jpeg", parts: [{ offset: 0, bytes: [0xff, 0xd8, 0xff] }] },
  { format: "png", parts: [{ offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }] },
  { format: "gif", parts: [{ offset: 0, bytes: ascii("GIF87a") }] },
  { format: "gif", parts: [{ offset: 0, bytes: ascii("GIF89a") }] },
  // A RIFF container: bytes 4–7 hold its length, bytes 8–11 name what it contains.
  { format: "webp", parts: [{ offset: 0, bytes: ascii("RIFF") }, { offset: 8, bytes: ascii("WEBP") }] },
];

/**
 * Recognises an accepted format by the magic number at the start of the file.
 * A file's name and declared MIME type are whatever the sender chose, so they
 * decide nothing. SVG (which can carry scripts), HTML and everything else have
 * no signature here and are refused before any decoder sees them.
 */
export function detectImageFormat(bytes: Uint8Array): UploadFormat | null {
  const match = SIGNATURES.find((signature) =>
    signature.parts.every(({ offset, bytes: expected }) =>
      expected.every((byte, index) => bytes[offset + index] === byte),
    ),
  );
  return match?.format ?? null;
}
