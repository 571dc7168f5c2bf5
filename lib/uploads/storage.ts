import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** Folder for processed uploads; configurable so deployments can put it on a volume. */
export function uploadDir(): string {
  return path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads");
}

/** File names are `<sha256>.webp`: content-addressed, so a name never changes meaning. */
const FILE_KEY = /^[a-f0-9]{64}\.webp$/;

export function isFileKey(key: string): boolean {
  return FILE_KEY.test(key);
}

/**
 * Stores processed image bytes under their content hash and returns the key.
 * Writing to a temporary name first means a reader never sees half a file.
 */
export async function storeImage(bytes: Buffer): Promise<string> {
  const key = `${createHash("sha256").update(bytes).digest("hex")}.webp`;
  const dir = uploadDir();
  await mkdir(dir, { recursive: true });
  const temporary = path.join(dir, `.${key}.${process.pid}.tmp`);
  await writeFile(temporary, bytes);
  await rename(temporary, path.join(dir, key));
  return key;
}

/** Reads a stored file, or returns null for an unknown or malformed key. */
export async function readImage(key: string): Promise<Buffer | null> {
  if (!isFileKey(key)) return null;
  try {
    return await readFile(path.join(uploadDir(), key));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
