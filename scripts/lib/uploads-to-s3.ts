import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileKeyOf, isFileKey } from "@/lib/uploads/file-key";
import type { UploadStore } from "@/lib/uploads/store";

export type CopyReport = {
  /** Files the bucket did not have. */
  copied: number;
  /** Files the bucket already had, with the same size: left alone, so a second run copies nothing. */
  alreadyThere: number;
  /** Objects whose size differed from the file's (an interrupted copy by another tool): written again. */
  replaced: number;
  /** Names in the folder that are not uploads (temporary files, anything else): not copied. */
  ignored: number;
  /** Uploads whose bytes no longer hash to their name: not copied, for someone to look at. */
  damaged: string[];
};

/**
 * Copies every upload in `sourceDir` into `target` (the bucket), `concurrency`
 * at a time. Each file's SHA-256 is checked against its name before it is
 * sent, and the store checks the Content-MD5 of what it receives; keys the
 * bucket already holds with the right size are skipped, so the copy can be
 * run again after an interruption.
 */
export async function copyUploadsToStore(sourceDir: string, target: UploadStore, concurrency = 4): Promise<CopyReport> {
  const entries = await readdir(sourceDir, { withFileTypes: true }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`There is no upload folder at ${sourceDir}.`);
    throw error;
  });
  const report: CopyReport = { copied: 0, alreadyThere: 0, replaced: 0, ignored: 0, damaged: [] };
  const names = entries.filter((entry) => entry.isFile() && isFileKey(entry.name)).map((entry) => entry.name);
  report.ignored = entries.length - names.length;

  async function copy(name: string) {
    const bytes = await readFile(path.join(sourceDir, name));
    if (fileKeyOf(bytes) !== name) {
      report.damaged.push(name);
      return;
    }
    const size = await target.size(name);
    if (size === bytes.length) {
      report.alreadyThere += 1;
      return;
    }
    await target.put(name, bytes);
    if (size === null) report.copied += 1;
    else report.replaced += 1;
  }

  const queue = [...names];
  const worker = async () => {
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) await copy(name);
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  report.damaged.sort();
  return report;
}
