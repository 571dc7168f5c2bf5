import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
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
 * Writing to a temporary name first means a reader never sees half a file;
 * the name is unique per call because two people may upload the same picture
 * at the same moment, and they must not write into one temporary file.
 */
export async function storeImage(bytes: Buffer): Promise<string> {
  const key = `${createHash("sha256").update(bytes).digest("hex")}.webp`;
  const dir = uploadDir();
  await mkdir(dir, { recursive: true });
  const temporary = path.join(dir, `.${key}.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path.join(dir, key));
  } finally {
    // After the rename this finds nothing; after a failed write it removes the leftover.
    await rm(temporary, { force: true });
  }
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

/** Deletes a stored file; one that is already gone is not an error. Ignores malformed keys. */
export async function deleteImage(key: string): Promise<void> {
  if (!isFileKey(key)) return;
  try {
    await unlink(path.join(uploadDir(), key));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
