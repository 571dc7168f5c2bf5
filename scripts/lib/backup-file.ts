import { open, readdir } from "node:fs/promises";

// A backup is two things side by side:
//   commons-<UTC time>.dump      pg_dump's custom format (`pg_dump -Fc`): compressed, read by pg_restore
//   commons-<UTC time>-uploads/  a copy of the upload folder

/** `commons-2026-11-21T03-15-00Z`: sorts by time and is a valid file name everywhere. */
export function backupName(at: Date): string {
  return `commons-${at.toISOString().replace(/\.\d{3}Z$/, "Z").replaceAll(":", "-")}`;
}

/** The upload folder that belongs to a dump file. */
export function uploadsBeside(dumpFile: string): string {
  return `${dumpFile.replace(/\.dump$/, "")}-uploads`;
}

/** Refuses, before pg_restore runs, a file that is not a pg_dump custom-format archive. */
export async function checkArchive(dumpFile: string): Promise<void> {
  const file = await open(dumpFile, "r").catch((error: unknown) => {
    if (systemErrorCode(error) === "ENOENT") throw new Error(`There is no file ${dumpFile}: name a .dump file that \`npm run db:backup\` wrote (ls backups).`);
    throw error;
  });
  const start = Buffer.alloc(5);
  try {
    await file.read(start, 0, start.length, 0).catch((error: unknown) => {
      if (systemErrorCode(error) === "EISDIR") throw new Error(`${dumpFile} is a folder: name the .dump file of the backup.`);
      throw error;
    });
  } finally {
    await file.close();
  }
  if (start.toString("latin1") === "PGDMP") return;
  if (start[0] === 0x1f && start[1] === 0x8b) {
    throw new Error(
      `${dumpFile} is a backup in Commons' own format of before December 2026, which this version no longer reads: ` +
        "restore it with the checkout that wrote it, then back up again with pg_dump (`npm run db:backup`).",
    );
  }
  throw new Error(`${dumpFile} is not a backup: pg_dump's custom format (\`pg_dump -Fc\`, what \`npm run db:backup\` writes) was expected.`);
}

export async function countFiles(directory: string): Promise<number> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

/** The code of a Node.js system error (ENOENT, EEXIST, …), to tell an operator what it means. */
export function systemErrorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}
