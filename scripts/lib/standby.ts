import { execFile, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { arch, platform, tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";
import { withClient } from "./database";
import { findFreePort } from "./embedded-postgres";

// A streaming standby of an embedded PostgreSQL, made the way an operator
// makes one: a replication role and its pg_hba.conf line on the primary, a
// base backup over a replication connection with Debian's pg_basebackup
// (`-R` writes standby.signal and primary_conninfo; `-C -S` a replication
// slot, so the primary keeps the WAL the standby still needs), then the
// embedded server's own binary started on the copy. PostgreSQL refuses to
// run as root: as root, both run as the `postgres` user embedded-postgres made.

export const REPLICATION_ROLE = "commons_replicator";
const SLOT = "commons_standby";
const READY_TIMEOUT_MS = 60_000;

export type RunningStandby = {
  /** URL of the standby's maintenance database (same user and password as the primary's). */
  serverUrl: string;
  dataDir: string;
  stop: () => Promise<void>;
};

/** The uid and gid to run PostgreSQL tools as: the `postgres` user when this process is root, else this process's (none given). */
export function postgresOwner(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

/** The `postgres` binary of the embedded-postgres package for this machine. */
async function embeddedServerBinary(): Promise<string> {
  const binaries = z.object({ postgres: z.string() }).parse(await import(`@embedded-postgres/${platform()}-${arch()}`));
  return binaries.postgres;
}

/** pg_basebackup of the server's major version (Debian keeps each under /usr/lib/postgresql/<major>), else the one on PATH. */
function basebackupBinary(major: number): string {
  const debian = `/usr/lib/postgresql/${major}/bin/pg_basebackup`;
  return existsSync(debian) ? debian : "pg_basebackup";
}

/**
 * Lets REPLICATION_ROLE (with `password`) stream the primary's WAL from
 * 127.0.0.1: the role, and a pg_hba.conf line for it ahead of the others,
 * read again at once. Refuses a primary whose wal_level cannot feed a standby.
 */
export async function allowReplication(primaryUrl: string, password: string): Promise<{ walLevel: string; major: number }> {
  return withClient(primaryUrl, async (client) => {
    const settings = z
      .object({ wal_level: z.string(), major: z.number() })
      .parse((await client.query("SELECT current_setting('wal_level') AS wal_level, current_setting('server_version_num')::int / 10000 AS major")).rows[0]);
    if (settings.wal_level === "minimal") throw new Error("The primary runs with wal_level = minimal: a standby needs replica.");
    const statement = await client.query<{ sql: string }>("SELECT format('CREATE ROLE %I WITH LOGIN REPLICATION PASSWORD %L', $1::text, $2::text) AS sql", [
      REPLICATION_ROLE,
      password,
    ]);
    await client.query(statement.rows[0]!.sql);
    const hbaFile = z.object({ hba_file: z.string() }).parse((await client.query("SHOW hba_file")).rows[0]).hba_file;
    const rules = await readFile(hbaFile, "utf8");
    await writeFile(hbaFile, `host replication ${REPLICATION_ROLE} 127.0.0.1/32 scram-sha-256\n${rules}`);
    await client.query("SELECT pg_reload_conf()");
    return { walLevel: settings.wal_level, major: settings.major };
  });
}

/** Runs a PostgreSQL tool to its end; throws with its output when it fails. */
async function runTool(command: string, args: string[], options: { env: NodeJS.ProcessEnv } & ReturnType<typeof postgresOwner>) {
  try {
    await promisify(execFile)(command, args, { ...options, timeout: 120_000 });
  } catch (error) {
    const output = error instanceof Error && "stderr" in error ? String(error.stderr) : "";
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      throw new Error(`${command} is not installed: on Debian, apt-get install postgresql-client-15 (the embedded server's major).`);
    }
    throw new Error(`${path.basename(command)} failed: ${output.trim() || String(error)}`);
  }
}

/**
 * Clones the primary at `primaryUrl` (see allowReplication) into a new
 * standby on a free port of 127.0.0.1, started with `flags` (`-c name=value`),
 * and waits until it answers read-only queries.
 */
export async function startStandby(options: { primaryUrl: string; password: string; major: number; flags?: string[] }): Promise<RunningStandby> {
  const primary = new URL(options.primaryUrl);
  const owner = postgresOwner();
  const parent = await mkdtemp(path.join(tmpdir(), "commons-standby-"));
  const dataDir = path.join(parent, "data");
  if (owner.uid !== undefined && owner.gid !== undefined) await chown(parent, owner.uid, owner.gid);
  const remove = () => rm(parent, { recursive: true, force: true });

  try {
    await runTool(
      basebackupBinary(options.major),
      ["--pgdata", dataDir, "--host", primary.hostname, "--port", primary.port, "--username", REPLICATION_ROLE, "--no-password",
        "--wal-method=stream", "--write-recovery-conf", "--create-slot", "--slot", SLOT, "--checkpoint=fast"],
      { env: { ...process.env, PGPASSWORD: options.password }, ...owner },
    );
  } catch (error) {
    await remove();
    throw error;
  }

  const port = await findFreePort();
  const log: string[] = [];
  const server = spawn(await embeddedServerBinary(), ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", ...(options.flags ?? [])], {
    ...owner,
    stdio: ["ignore", "ignore", "pipe"],
  });
  server.stderr.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    // SIGINT: PostgreSQL's fast shutdown.
    if (running) server.kill("SIGINT");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    if (running) server.kill("SIGKILL");
    await remove();
  };

  const serverUrl = `postgresql://${primary.username}:${primary.password}@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (running && Date.now() < deadline) {
    const inRecovery = await withClient(serverUrl, async (client) => (await client.query("SELECT pg_is_in_recovery() AS yes")).rows[0]?.yes === true).catch(() => null);
    if (inRecovery === true) return { serverUrl, dataDir, stop };
    if (inRecovery === false) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`The standby did not come up in recovery (${running ? `within ${READY_TIMEOUT_MS / 1000} s` : "it stopped"}). Its log says:\n${log.join("").split("\n").slice(-10).join("\n")}`);
}
