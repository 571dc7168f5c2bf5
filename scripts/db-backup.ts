import { uploadDir } from "@/lib/uploads/storage";
import { backupDatabase } from "./lib/backup";
import { openDevDatabase } from "./lib/dev-database";

// `npm run db:backup`: the database (DATABASE_URL, else the development one) and the uploads into backups/.

async function main() {
  const database = await openDevDatabase();
  try {
    const started = performance.now();
    const backup = await backupDatabase(database.url, { directory: "backups", uploadDir: uploadDir(), migrationsDir: "prisma/migrations" });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const rows = Object.values(backup.rows).reduce((sum, count) => sum + count, 0);
    console.log(`Backed up ${rows} rows in ${Object.keys(backup.rows).length} tables and ${backup.uploadFiles} uploaded files in ${seconds} s:`);
    console.log(`  ${backup.dumpFile} (${(backup.bytes / 1024).toFixed(0)} KiB)`);
    console.log(`  ${backup.uploadsDir}/`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
