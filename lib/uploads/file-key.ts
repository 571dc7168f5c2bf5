import { createHash } from "node:crypto";

/** File names are `<sha256>.webp`: content-addressed, so a name never changes meaning. */
const FILE_KEY = /^[a-f0-9]{64}\.webp$/;

export function isFileKey(key: string): boolean {
  return FILE_KEY.test(key);
}

/** The key the bytes of a processed image are stored under. */
export function fileKeyOf(bytes: Buffer): string {
  return `${createHash("sha256").update(bytes).digest("hex")}.webp`;
}
