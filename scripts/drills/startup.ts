import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { serveCommand } from "../serve";

export type StartupResult = { exitCode: number | null; message: boolean; seconds: number };

const MESSAGE = "NEXTAUTH_SECRET is not set";
const LIMIT_MS = 60_000;

/**
 * A production server without its session secret must refuse to start, with
 * a message saying what to set: it would otherwise sign sessions with a key
 * anyone can read in this repository (lib/auth/secret.ts, instrumentation.ts).
 */
export function startWithoutSecret(port: number, databaseUrl: string): Promise<StartupResult> {
  const [command, args] = serveCommand("127.0.0.1", port);
  return runWithoutSecret(command, args, {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
  });
}

/**
 * `npm start` (scripts/start.ts) without the secret refuses the same way, and
 * at once: it starts no database (its data folder is never created).
 */
export async function npmStartWithoutSecret(port: number): Promise<StartupResult & { databaseStarted: boolean }> {
  const folder = await mkdtemp(path.join(tmpdir(), "commons-startup-drill-"));
  const dataDir = path.join(folder, "postgres");
  try {
    const result = await runWithoutSecret("node_modules/.bin/tsx", ["scripts/start.ts"], {
      EMBEDDED_POSTGRES_DIR: dataDir,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
    });
    return { ...result, databaseStarted: existsSync(dataDir) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function runWithoutSecret(command: string, args: string[], extraEnv: Record<string, string>): Promise<StartupResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv };
  delete env.NEXTAUTH_SECRET;
  if (!extraEnv.DATABASE_URL) delete env.DATABASE_URL;
  const started = Date.now();
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), LIMIT_MS);
  const exitCode = await new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  clearTimeout(timer);
  return { exitCode, message: output.includes(MESSAGE), seconds: (Date.now() - started) / 1000 };
}
