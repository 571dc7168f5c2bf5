import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./lib/database";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { runPrisma } from "./lib/prisma-cli";
import { serveCommand } from "./serve";
import { E2E_PORT, E2E_STATE_FILE, type E2eState } from "../e2e/support/state";

// Playwright's web server: the production server (scripts/serve.ts, after `next build`) on a
// fresh, migrated and seeded database, with uploads in a temporary folder.
// The database URL is written to a state file so test fixtures can create data.

async function main() {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres();
  const serverUrl = embedded?.serverUrl ?? process.env.DATABASE_URL!;
  const databaseName = uniqueDatabaseName("e2e");
  const databaseUrl = await createDatabase(serverUrl, databaseName);
  const uploadDir = await mkdtemp(path.join(tmpdir(), "commons-e2e-uploads-"));

  await runPrisma(["migrate", "deploy"], databaseUrl, { quiet: true });
  const twoFactorKey = randomBytes(32).toString("base64");
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    UPLOAD_DIR: uploadDir,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    // Known to the specs too (through the state file), so factories can seal two-factor secrets the server opens.
    TWO_FACTOR_ENCRYPTION_KEY: twoFactorKey,
    // Every spec signs up from 127.0.0.1; the limit itself is covered by integration tests.
    SIGNUP_LIMIT_PER_HOUR: "1000",
    RESET_LIMIT_PER_HOUR: "1000",
    // No SMTP here: mail is kept for the development mailbox, where specs read their links.
    COMMONS_DEV_MAILBOX: "on",
    // Where a suspended member is told to appeal (e2e/moderation.spec.ts).
    MODERATORS_EMAIL: "moderators@commons.test",
    // Warnings and errors only: info lines for every log-in would bury Playwright's report.
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  };
  await new Promise<void>((resolve, reject) => {
    const seed = spawn("node_modules/.bin/tsx", ["prisma/seed.ts"], { env, stdio: "inherit" });
    seed.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`Seeding failed with exit code ${code}`))));
  });

  const state: E2eState = { databaseUrl, uploadDir, twoFactorKey };
  await mkdir(path.dirname(E2E_STATE_FILE), { recursive: true });
  await writeFile(E2E_STATE_FILE, JSON.stringify(state));

  const [command, args] = serveCommand("127.0.0.1", E2E_PORT);
  const next = spawn(command, args, {
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env, NEXTAUTH_URL: `http://127.0.0.1:${E2E_PORT}` },
    stdio: "inherit",
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    next.kill("SIGTERM");
    await new Promise((resolve) => next.once("exit", resolve));
    if (embedded) await embedded.stop();
    else await dropDatabase(serverUrl, databaseName);
    await rm(uploadDir, { recursive: true, force: true });
    await rm(E2E_STATE_FILE, { force: true });
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  next.on("exit", (code) => {
    if (!stopping) {
      console.error(`The production server exited with code ${code}`);
      void stop();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
