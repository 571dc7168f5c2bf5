import { uploadStore } from "@/lib/uploads/storage";
import { expectNoArguments } from "./lib/arguments";
import { backupDatabase } from "./lib/backup";
import { openDevDatabase } from "./lib/dev-database";
import { readProductionEnvFiles } from "./lib/env-files";

// `npm run db:backup`: pg_dump of the database `npm start` uses (DATABASE_URL, else the embedded one) and a copy of the uploads, into backups/.

async function main() {
  expectNoArguments(process.argv.slice(2), "npm run db:backup");
  readProductionEnvFiles();
  const database = await openDevDatabase();
  try {
    const started = performance.now();
    const backup = await backupDatabase(database.url, { directory: "backups", uploads: await uploadStore() });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Backed up the database and ${backup.uploadFiles} uploaded files in ${seconds} s:`);
    console.log(`  ${backup.dumpFile} (${(backup.bytes / 1024).toFixed(0)} KiB, pg_dump's custom format: pg_restore --list shows its contents)`);
    console.log(`  ${backup.uploadsDir}/`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
