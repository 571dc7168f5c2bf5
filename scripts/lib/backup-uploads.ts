import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { isFileKey } from "@/lib/uploads/file-key";
import type { UploadStore } from "@/lib/uploads/store";

// The uploads half of a backup: every stored upload written as a file beside the dump, and
// back. The same for the upload folder and for an S3 bucket (lib/uploads/store.ts), so a
// backup has the same two parts whatever the storage, and restores into either.

/**
 * Writes every upload of `store` into `backupFolder`, which exists and is empty. Uploads in
 * progress are not listed (the folder's temporary dot files, a bucket's unfinished writes).
 */
export async function backUpUploads(store: UploadStore, backupFolder: string): Promise<void> {
  for await (const key of store.keys()) {
    const bytes = await store.get(key);
    // Deleted since it was listed: no row of the snapshot names it any more.
    if (bytes) await writeFile(path.join(backupFolder, key), bytes, { flag: "wx" });
  }
}

/**
 * Puts a backup's uploads into `store`. Files already there stay: names are content hashes,
 * so a same-named file is the same file.
 */
export async function restoreUploads(backupFolder: string, store: UploadStore): Promise<void> {
  for (const name of await readdir(backupFolder)) {
    if (!isFileKey(name) || (await store.size(name)) !== null) continue;
    await store.put(name, await readFile(path.join(backupFolder, name)));
  }
}
