import { uploadStore } from "@/lib/uploads/storage";
import { expectOneArgument } from "./lib/arguments";
import { restoreDatabase } from "./lib/backup";
import { checkArchive } from "./lib/backup-file";
import { openDevDatabase } from "./lib/dev-database";
import { readProductionEnvFiles } from "./lib/env-files";

// `npm run db:restore <file>`: pg_restore of a backup into the database `npm start` uses (DATABASE_URL, else the embedded one), which must be empty, and its uploads.

async function main() {
  const file = expectOneArgument(process.argv.slice(2), "npm run db:restore backups/commons-<time>.dump");
  readProductionEnvFiles();
  // Before the database: a mistyped file name should not start, or create, an embedded cluster.
  await checkArchive(file);
  const database = await openDevDatabase();
  try {
    const started = performance.now();
    const restored = await restoreDatabase(file, database.url, { uploads: await uploadStore() });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Restored ${restored.tables} tables and ${restored.uploadFiles} uploaded files in ${seconds} s.`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
