import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { isFileKey } from "./file-key";
import type { UploadStore } from "./store";

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

/**
 * Uploads as files in one folder, named by their key. File-system errors
 * (full disk, not a folder, no permission) pass through unchanged: the
 * upload path logs their code and refuses the upload with a message.
 */
export function localStore(dir: string): UploadStore {
  const fileOf = (key: string) => path.join(dir, key);
  return {
    kind: "local",
    location: dir,

    // Writing to a temporary name first means a reader never sees half a file;
    // the name is unique per call because two people may upload the same
    // picture at the same moment, and they must not write into one temporary file.
    async put(key, bytes) {
      await mkdir(dir, { recursive: true });
      const temporary = path.join(dir, `.${key}.${randomUUID()}.tmp`);
      try {
        await writeFile(temporary, bytes);
        await rename(temporary, fileOf(key));
      } finally {
        // After the rename this finds nothing; after a failed write it removes the leftover.
        await rm(temporary, { force: true });
      }
    },

    async get(key) {
      try {
        return await readFile(fileOf(key));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async size(key) {
      try {
        return (await stat(fileOf(key))).size;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async delete(key) {
      try {
        await unlink(fileOf(key));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },

    async *keys() {
      const names = await readdir(dir).catch((error: unknown) => {
        if (isMissing(error)) return [];
        throw error;
      });
      yield* names.filter(isFileKey);
    },

    // A folder not made yet is fine: the first upload creates it.
    async reachable() {
      try {
        return (await stat(dir)).isDirectory();
      } catch (error) {
        return isMissing(error);
      }
    },
  };
}
