import { spawn } from "node:child_process";
import { serveCommand } from "../serve";

export type StartupResult = { exitCode: number | null; message: boolean; seconds: number };

const MESSAGE = "NEXTAUTH_SECRET is not set";
const LIMIT_MS = 60_000;

/**
 * A production server without its session secret must refuse to start, with
 * a message saying what to set: it would otherwise sign sessions with a key
 * anyone can read in this repository (lib/auth/secret.ts, instrumentation.ts).
 */
export async function startWithoutSecret(port: number, databaseUrl: string): Promise<StartupResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl };
  delete env.NEXTAUTH_SECRET;
  const started = Date.now();
  const [command, args] = serveCommand("127.0.0.1", port);
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), LIMIT_MS);
  const exitCode = await new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  clearTimeout(timer);
  return { exitCode, message: output.includes(MESSAGE), seconds: (Date.now() - started) / 1000 };
}
