import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { constants } from "node:os";
import { MISSING_SECRET_MESSAGE } from "@/lib/auth/secret";
import { environmentProblems } from "@/lib/server/environment-check";
import { openDevDatabase } from "./lib/dev-database";
import { missingDatabaseProblem } from "./lib/existing-database";
import { takeOverShutdownSignals } from "./lib/embedded-postgres";
import { runPrisma } from "./lib/prisma-cli";
import { SERVER_BUNDLE, serveCommand } from "./serve";
import { readProductionEnvFiles } from "./lib/env-files";

// `npm start`: production on one machine. The database (DATABASE_URL, else the
// embedded PostgreSQL in .data/postgres), its pending migrations, then the
// production server on the build in .next. A signal stops the server first,
// then the database. Never seeds: production starts with an empty community.

type ShutdownSignal = "SIGINT" | "SIGTERM";

/**
 * The production HTTP server, as a child process: the one place that knows how
 * it is launched. It is scripts/serve.ts (Next.js behind the request guards),
 * not `next start`, which answers malformed requests with 500s and reads
 * oversized chunked bodies to the end.
 */
function launchServer(databaseUrl: string): ChildProcess {
  const [command, args] = serveCommand(process.env.HOSTNAME ?? "0.0.0.0", Number(process.env.PORT ?? 3000));
  return spawn(command, args, {
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl },
  });
}

function refuse(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  // Read here too, not only by Next.js: the secret and DATABASE_URL are needed before it runs.
  readProductionEnvFiles();
  if (!process.env.NEXTAUTH_SECRET) refuse(MISSING_SECRET_MESSAGE);
  const problems = environmentProblems();
  if (problems.length > 0) refuse(problems.join("\n"));
  if (!existsSync(".next/BUILD_ID") || !existsSync(SERVER_BUNDLE)) refuse("No production build in .next: run `npm run build` first.");

  let server: ChildProcess | null = null;
  let stopSignal: ShutdownSignal | null = null;
  takeOverShutdownSignals();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopSignal ??= signal;
      server?.kill(signal);
    });
  }

  const database = await openDevDatabase();
  try {
    if (database.embedded) console.log(`▲ Embedded PostgreSQL: ${database.url.replace(/:[^:@/]+@/, ":***@")}`);
    const missing = database.embedded ? null : await missingDatabaseProblem(database.url);
    if (missing) refuse(missing);
    await runPrisma(["migrate", "deploy"], database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  if (stopSignal) {
    await database.stop();
    process.exit(128 + constants.signals[stopSignal]);
  }

  const running = launchServer(database.url);
  server = running;
  const exitCode = await new Promise<number>((resolve) => {
    running.once("error", (error) => {
      console.error(`The server did not start: ${error.message}`);
      resolve(1);
    });
    running.once("exit", (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
  await database.stop();
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error && error.message ? error.message : error);
  process.exit(1);
});
