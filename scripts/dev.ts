import { spawn } from "node:child_process";
import nextEnv from "@next/env";
import { openDevDatabase } from "./lib/dev-database";
import { runPrisma } from "./lib/prisma-cli";

// `npm run dev`: a migrated, seeded database, then `next dev` on top of it.

async function main() {
  // For `next dev`, which reads the files itself: given their values, it would ignore edits to .env.local until restarted.
  const shellEnv = { ...process.env };
  // dev true: .env.development.local, .env.local, .env.development, .env, as `next dev` reads them.
  nextEnv.loadEnvConfig(process.cwd(), true);
  const database = await openDevDatabase();
  try {
    if (database.embedded) console.log(`▲ Embedded PostgreSQL: ${database.url.replace(/:[^:@/]+@/, ":***@")}`);
    await runPrisma(["migrate", "deploy"], database.url);
    await runPrisma(["db", "seed"], database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }

  const next = spawn("node_modules/.bin/next", ["dev", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...shellEnv, DATABASE_URL: database.url },
  });
  // Ctrl-C reaches Next directly (same process group): wait for it to exit, then stop the database.
  process.on("SIGINT", () => undefined);
  process.on("SIGTERM", () => next.kill("SIGTERM"));
  const code = await new Promise<number>((resolve) => next.on("exit", (exitCode) => resolve(exitCode ?? 0)));
  await database.stop();
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
