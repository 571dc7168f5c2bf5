import { mkdir, open, rm, stat } from "node:fs/promises";
import path from "node:path";
import { backupName, checkArchive, countFiles, systemErrorCode, uploadsBeside } from "./backup-file";
import { backUpUploads, restoreUploads } from "./backup-uploads";
import { withClient } from "./database";
import { runPgTool } from "./pg-tools";
import type { UploadStore } from "@/lib/uploads/store";

export type BackupSummary = { dumpFile: string; uploadsDir: string; bytes: number; uploadFiles: number };

/**
 * `pg_dump -Fc` of the database (one consistent snapshot) and a copy of the uploads (folder or bucket),
 * side by side in `directory`. Never replaces anything there: a backup of the same second fails.
 */
export async function backupDatabase(databaseUrl: string, options: { directory: string; uploads: UploadStore; at?: Date }): Promise<BackupSummary> {
  await mkdir(options.directory, { recursive: true });
  const dumpFile = path.join(options.directory, `${backupName(options.at ?? new Date())}.dump`);
  const uploadsDir = uploadsBeside(dumpFile);
  // Both made here, exclusively, before anything can fail, so a failure only ever removes this run's own.
  await (await open(dumpFile, "wx").catch(refuseTakenName(dumpFile))).close();
  try {
    await mkdir(uploadsDir).catch(refuseTakenName(uploadsDir));
  } catch (error) {
    await rm(dumpFile);
    throw error;
  }
  try {
    await runPgTool("pg_dump", ["--format=custom", `--file=${dumpFile}`], databaseUrl);
    // After the snapshot: files are only ever added or deleted, never changed, so every file a
    // snapshot row names is still there, unless its row was deleted since (then it is not missed).
    await backUpUploads(options.uploads, uploadsDir);
  } catch (error) {
    await rm(dumpFile, { force: true });
    await rm(uploadsDir, { recursive: true, force: true });
    throw error;
  }
  return { dumpFile, uploadsDir, bytes: (await stat(dumpFile)).size, uploadFiles: await countFiles(uploadsDir) };
}

function refuseTakenName(name: string): (error: unknown) => never {
  return (error) => {
    if (systemErrorCode(error) === "EEXIST") throw new Error(`${name} already exists (a backup of the same second): nothing was backed up; run it again.`);
    throw error;
  };
}

export type RestoreSummary = { tables: number; uploadFiles: number };

/**
 * `pg_restore` of a backup into an empty database, in one transaction (a damaged file leaves
 * the database empty), then its uploads into the upload folder or bucket.
 */
export async function restoreDatabase(dumpFile: string, databaseUrl: string, options: { uploads: UploadStore }): Promise<RestoreSummary> {
  await checkArchive(dumpFile);
  const uploadsDir = uploadsBeside(dumpFile);
  if (!(await stat(uploadsDir).then((found) => found.isDirectory(), () => false))) {
    throw new Error(`The uploads of this backup are missing: expected the folder ${uploadsDir}.`);
  }
  await refuseUnlessEmpty(databaseUrl);
  // Objects belong to whoever restores, with no grants copied, so any database owner can restore,
  // not only the superuser that owned the backed-up ones. Comments are left out for the same
  // reason: the only ones are the extensions' own, which only their owner may set.
  await runPgTool("pg_restore", ["--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges", "--no-comments", dumpFile], databaseUrl);
  await restoreUploads(uploadsDir, options.uploads);
  return { tables: (await listTables(databaseUrl)).length, uploadFiles: await countFiles(uploadsDir) };
}

async function refuseUnlessEmpty(databaseUrl: string): Promise<void> {
  const tables = await listTables(databaseUrl);
  if (tables.length === 0) return;
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  throw new Error(
    `Refusing to restore: database "${database}" is not empty (tables: ${tables.slice(0, 5).join(", ")}${tables.length > 5 ? ", …" : ""}). ` +
      "Restore into a new, empty database (for the embedded one: stop the app and delete .data/postgres).",
  );
}

/** Names of the tables in every non-system schema. */
function listTables(databaseUrl: string): Promise<string[]> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY tablename",
    );
    return rows.map((row) => row.name);
  });
}
