import { cp, mkdir, stat } from "node:fs/promises";
import path from "node:path";

// The uploads half of a backup: the upload folder copied beside the dump, and back.
//
// Hook for object storage: when uploads live in an S3 bucket rather than UPLOAD_DIR, these
// two functions are where a bucket sync goes (objects into `backupFolder`, and back into the
// bucket on restore), so that a backup keeps the same two parts whatever the storage.

/**
 * Copies the upload folder into `backupFolder`, which exists and is empty; temporary files of
 * uploads in progress (dot files) stay behind.
 */
export async function backUpUploads(uploadDir: string, backupFolder: string): Promise<void> {
  const present = await stat(uploadDir).then(() => true, () => false);
  if (!present) return;
  await cp(uploadDir, backupFolder, { recursive: true, filter: (source) => !path.basename(source).startsWith(".") || source === uploadDir });
}

/**
 * Copies a backup's uploads into the upload folder. Files already there stay: names are
 * content hashes, so a same-named file is the same file.
 */
export async function restoreUploads(backupFolder: string, uploadDir: string): Promise<void> {
  await mkdir(uploadDir, { recursive: true });
  await cp(backupFolder, uploadDir, { recursive: true, force: false });
}
