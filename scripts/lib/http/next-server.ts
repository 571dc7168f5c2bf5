import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { SERVER_BUNDLE, serveCommand } from "@/scripts/serve";

export type NextServer = {
  baseUrl: string;
  /** The environment the server runs with (its NEXTAUTH_SECRET, UPLOAD_DIR, ...). */
  env: Record<string, string>;
  pid: number;
  rssBytes: () => Promise<number>;
  /** CPU time (user + system) the server process has used so far, in ms. */
  cpuMs: () => Promise<number>;
  stop: () => Promise<void>;
};

export type NextServerOptions = {
  /** Added to (or replacing) the defaults below. */
  env?: Record<string, string>;
  /** Receives the server's standard error instead of this process's stderr. */
  onStderr?: (chunk: string) => void;
  /** Node.js flags for the server process, such as `--cpu-prof`. */
  nodeFlags?: string[];
};

/** Both halves of `npm run build`: the Next.js build and the production server beside it. */
export function hasProductionBuild(): boolean {
  return existsSync(".next/BUILD_ID") && existsSync(SERVER_BUNDLE);
}

/** Resident memory of a process and all its descendants (Linux /proc), in bytes. */
async function treeRss(pid: number): Promise<number> {
  let total = 0;
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    for (const task of await readdir(`/proc/${pid}/task`)) {
      const children = (await readFile(`/proc/${pid}/task/${task}/children`, "utf8")).trim();
      for (const child of children ? children.split(" ") : []) total += await treeRss(Number(child));
    }
  } catch {
    // The process ended between listing and reading: it holds no memory.
  }
  return total;
}

/** User + system CPU time of one process (Linux /proc; clock ticks of 10 ms). */
async function processCpuMs(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function waitUntilHealthy(baseUrl: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The production server did not answer ${baseUrl}/api/health within ${timeoutMs} ms`);
}

/**
 * For a server under a drill's load: its members post and follow as fast as they can, past the
 * per-account write limits, which integration tests cover (lib/services/write-limits.test.ts).
 */
export const UNLIMITED_WRITES = { WRITE_LIMIT_PER_3_HOURS: "100000", FOLLOW_LIMIT_PER_DAY: "100000" } as const;

/**
 * The production server (scripts/serve.ts) on the existing build and the bench database, with
 * the environment scripts/e2e-server.ts gives it, on 127.0.0.1 only.
 */
export async function startNextServer(databaseUrl: string, port: number, options: NextServerOptions = {}): Promise<NextServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const uploadDir = await mkdtemp(path.join(tmpdir(), "commons-bench-uploads-"));
  const env: Record<string, string> = {
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    UPLOAD_DIR: uploadDir,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    NEXTAUTH_URL: baseUrl,
    ...options.env,
  };
  const [command, args] = serveCommand("127.0.0.1", port);
  const child = spawn(command, [...(options.nodeFlags ?? []), ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", options.onStderr ? "pipe" : "inherit"],
  });
  if (options.onStderr) child.stderr?.on("data", (chunk: Buffer) => options.onStderr?.(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    await rm(uploadDir, { recursive: true, force: true });
  };
  try {
    await waitUntilHealthy(baseUrl, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const pid = child.pid ?? 0;
  return { baseUrl, env, pid, rssBytes: () => treeRss(pid), cpuMs: () => processCpuMs(pid), stop };
}
