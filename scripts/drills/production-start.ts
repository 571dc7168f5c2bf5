import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { withClient } from "../lib/database";
import { findFreePort } from "../lib/embedded-postgres";
import { type ProcessEntry, isRunning, processTree } from "../lib/processes";

/** What the running app serves and holds. */
export type Inspection = {
  homeStatus: number | null;
  migrations: { applied: number; inCheckout: number };
  rows: { users: number; posts: number };
};

export type ProductionStartResult = {
  secondsToHealthy: number | null;
  /** Null when the app never became healthy. */
  inspection: Inspection | null;
  /** The processes `npm start` ran while serving (itself, the server, PostgreSQL and its workers). */
  processes: ProcessEntry[];
  exitCode: number | null;
  secondsToStop: number | null;
  /** Whether PostgreSQL kept answering until the server was gone (requests in flight still had their database). */
  databaseOutlivedServer: boolean;
  /** Queries that PostgreSQL answered while the server was stopping. */
  probes: number;
  leftRunning: ProcessEntry[];
  output: string;
};

const HEALTHY_WITHIN_MS = 120_000;
const STOPPED_WITHIN_MS = 60_000;
const POLL_MS = 20;
/** The production server's process name (scripts/serve.ts sets it). */
const SERVER_PROCESS = "commons-server";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `npm start` as an operator runs it on a new machine: no DATABASE_URL, so the
 * embedded PostgreSQL is created in an empty data folder (here a temporary
 * one) and migrated; the production server answers; nothing is seeded; and a
 * SIGTERM stops the server, then the database, leaving no process behind.
 */
export async function runProductionStart(port: number): Promise<ProductionStartResult> {
  const folder = await mkdtemp(path.join(tmpdir(), "commons-start-drill-"));
  // PostgreSQL runs as its own user, which must reach the data folder inside.
  await chmod(folder, 0o755);
  const databasePort = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    NEXTAUTH_URL: baseUrl,
    EMBEDDED_POSTGRES_DIR: path.join(folder, "postgres"),
    EMBEDDED_POSTGRES_PORT: String(databasePort),
    UPLOAD_DIR: path.join(folder, "uploads"),
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    LOG_LEVEL: "warn",
  };
  delete env.DATABASE_URL;

  const started = Date.now();
  // `npm start` itself: a process manager signals npm, which must reach the server and the database.
  const start = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  start.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  start.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => start.once("exit", (code) => resolve(code)));

  let processes: ProcessEntry[] = [];
  try {
    const healthy = await waitUntilHealthy(baseUrl, start);
    const secondsToHealthy = healthy ? (Date.now() - started) / 1000 : null;
    processes = await processTree(start.pid ?? 0);
    const databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${databasePort}/commons`;
    const inspection = healthy ? await inspect(baseUrl, databaseUrl) : null;

    const probe = healthy ? await connect(databaseUrl) : null;
    const stopping = Date.now();
    start.kill("SIGTERM");
    const shutdown = probe ? probeUntilServerStops(processes, probe) : Promise.resolve({ databaseOutlivedServer: false, probes: 0 });
    const timer = setTimeout(() => start.kill("SIGKILL"), STOPPED_WITHIN_MS);
    const exitCode = await exited;
    clearTimeout(timer);
    const secondsToStop = start.signalCode === "SIGKILL" ? null : (Date.now() - stopping) / 1000;
    const { databaseOutlivedServer, probes } = await shutdown;
    // tsx's esbuild service ends on its own once its parent is gone; the finally below makes sure.
    const leftRunning = processes.filter((entry) => entry.command !== "esbuild" && isRunning(entry.pid));
    return { secondsToHealthy, inspection, processes, exitCode, secondsToStop, databaseOutlivedServer, probes, leftRunning, output };
  } finally {
    // Whatever the drill found, it leaves nothing behind.
    for (const entry of [...processes].reverse()) if (isRunning(entry.pid)) process.kill(entry.pid, "SIGKILL");
    if (start.exitCode === null && start.signalCode === null) start.kill("SIGKILL");
    await rm(folder, { recursive: true, force: true });
  }
}

async function waitUntilHealthy(baseUrl: string, start: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + HEALTHY_WITHIN_MS;
  while (Date.now() < deadline && start.exitCode === null) {
    const ok = await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false);
    if (ok) return true;
    await pause(250);
  }
  return false;
}

async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // Stopping PostgreSQL ends this connection: that is reported by the probe, not thrown here.
  client.on("error", () => undefined);
  await client.connect();
  return client;
}

/** Queries PostgreSQL on `probe` for as long as the server runs; the database must answer every time. */
async function probeUntilServerStops(processes: ProcessEntry[], probe: pg.Client) {
  const server = processes.find((entry) => entry.command === SERVER_PROCESS);
  let probes = 0;
  try {
    const deadline = Date.now() + STOPPED_WITHIN_MS;
    while (server && isRunning(server.pid) && Date.now() < deadline) {
      const answered = await probe.query("SELECT 1").then(() => true, () => false);
      if (!answered) return { databaseOutlivedServer: !isRunning(server.pid), probes };
      probes += 1;
      await pause(POLL_MS);
    }
    return { databaseOutlivedServer: server !== undefined, probes };
  } finally {
    await probe.end().catch(() => undefined);
  }
}

async function inspect(baseUrl: string, databaseUrl: string): Promise<Inspection> {
  const homeStatus = await fetch(`${baseUrl}/`).then((response) => response.status, () => null);
  const inCheckout = (await readdir("prisma/migrations", { withFileTypes: true })).filter((entry) => entry.isDirectory()).length;
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ applied: number; users: number; posts: number }>(
      `SELECT (SELECT count(*)::int FROM _prisma_migrations WHERE finished_at IS NOT NULL) AS applied,
              (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM posts) AS posts`,
    );
    const { applied, users, posts } = rows[0]!;
    return { homeStatus, migrations: { applied, inCheckout }, rows: { users, posts } };
  });
}

/** What went wrong, one line each; empty when `npm start` did all it should. */
export function productionStartFailures(result: ProductionStartResult): string[] {
  const { inspection } = result;
  if (!inspection) return [`production start: /api/health never answered 200; npm start said:\n${result.output.slice(-1_000)}`];
  const failures: string[] = [];
  const fail = (condition: boolean, failure: string) => {
    if (!condition) failures.push(`production start: ${failure}`);
  };
  fail(inspection.homeStatus === 200, `the home page answered ${inspection.homeStatus}`);
  const { applied, inCheckout } = inspection.migrations;
  fail(inCheckout > 0 && applied === inCheckout, `${applied} of ${inCheckout} migrations applied`);
  fail(inspection.rows.users === 0 && inspection.rows.posts === 0, `a new community has ${inspection.rows.users} users and ${inspection.rows.posts} posts (seeded?)`);
  const commands = result.processes.map((entry) => entry.command);
  fail(commands.includes("postgres") && commands.includes(SERVER_PROCESS), `the server and PostgreSQL were not both among its processes: ${commands.join(", ")}`);
  fail(result.secondsToStop !== null, `still running ${STOPPED_WITHIN_MS / 1000} s after SIGTERM`);
  // 143 is what `next start` exits with after SIGTERM.
  fail(result.exitCode === 143, `exited with ${result.exitCode} after SIGTERM, not the server's 143`);
  fail(result.databaseOutlivedServer, `PostgreSQL stopped answering while the server was still stopping (after ${result.probes} answers)`);
  fail(result.leftRunning.length === 0, `left running: ${result.leftRunning.map((entry) => `${entry.command} (${entry.pid})`).join(", ")}`);
  return failures;
}
