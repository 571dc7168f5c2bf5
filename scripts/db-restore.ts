import { uploadDir } from "@/lib/uploads/storage";
import { restoreDatabase } from "./lib/backup";
import { openDevDatabase } from "./lib/dev-database";

// `npm run db:restore <file>`: a backup into an empty database (DATABASE_URL, else the development one).

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run db:restore backups/commons-<time>.dump");
    process.exit(2);
  }
  const database = await openDevDatabase();
  try {
    const started = performance.now();
    const restored = await restoreDatabase(file, database.url, { uploadDir: uploadDir() });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const rows = Object.values(restored.rows).reduce((sum, count) => sum + count, 0);
    console.log(`Restored ${rows} rows in ${Object.keys(restored.rows).length} tables and ${restored.uploadFiles} uploaded files in ${seconds} s.`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
