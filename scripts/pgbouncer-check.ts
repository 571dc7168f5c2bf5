import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chown, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { listHomeFeed, listLatestPosts } from "@/lib/posts/queries";
import { searchPeople } from "@/lib/search/queries";
import { generateCommunity } from "./lib/community/generate-community";
import { scaleSizes } from "./lib/community/scales";
import { ensureDatabase, withClient } from "./lib/database";
import { findFreePort, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { runPrisma } from "./lib/prisma-cli";
import { postgresOwner } from "./lib/standby";

// `npx tsx scripts/pgbouncer-check.ts`: the app's own database client through
// Debian's PgBouncer in transaction mode (DEPLOY.md, "Connection pooling").
// Needs `pgbouncer` on PATH (apt-get install pgbouncer); as root it runs as
// the `postgres` user, which it requires. Bounded: ROUNDS rounds of TASKS
// concurrent reads and transactions, on a throwaway embedded PostgreSQL.

const SERVER_POOL = 4;
const TASKS = 40;
const ROUNDS = 10;
const STATEMENT_TIMEOUT = "15s";

async function startPgBouncer(databasePort: number, port: number, ignoreStatementTimeout: boolean) {
  const owner = postgresOwner();
  const dir = await mkdtemp(path.join(tmpdir(), "commons-pgbouncer-"));
  if (owner.uid !== undefined && owner.gid !== undefined) await chown(dir, owner.uid, owner.gid);
  await writeFile(path.join(dir, "users.txt"), '"postgres" "postgres"\n');
  await writeFile(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      `drills = host=127.0.0.1 port=${databasePort} dbname=drills`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      `unix_socket_dir = ${dir}`,
      "auth_type = scram-sha-256",
      `auth_file = ${path.join(dir, "users.txt")}`,
      "pool_mode = transaction",
      `default_pool_size = ${SERVER_POOL}`,
      "max_client_conn = 200",
      ...(ignoreStatementTimeout ? ["ignore_startup_parameters = statement_timeout"] : []),
      "",
    ].join("\n"),
  );
  let output = "";
  const child: ChildProcess = spawn("pgbouncer", [path.join(dir, "pgbouncer.ini")], { ...owner, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 10_000;
  while (!output.includes("process up") && Date.now() < deadline && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!output.includes("process up")) throw new Error(`PgBouncer did not start:\n${output}`);
  return {
    version: execFileSync("pgbouncer", ["--version"], { encoding: "utf8" }).split("\n")[0],
    stop: async () => {
      child.kill("SIGINT");
      if (child.exitCode === null) await new Promise((resolve) => child.once("exit", resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? (error.message.trim().split("\n").at(-1) ?? "") : String(error));

const postgres = await startEmbeddedPostgres();
const databaseUrl = await ensureDatabase(postgres.serverUrl, "drills");
const databasePort = Number(new URL(postgres.serverUrl).port);
const bouncerPort = await findFreePort();
const bouncerUrl = `postgresql://postgres:postgres@127.0.0.1:${bouncerPort}/drills`;
process.env.DATABASE_URL = bouncerUrl;
// PgBouncer 1.18 in transaction mode cannot carry named prepared statements (the home feed's, lib/db-sql.ts).
process.env.DATABASE_NAMED_STATEMENTS = "false";
const serverConnections = () =>
  withClient(databaseUrl, async (client) =>
    Number((await client.query("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = 'drills' AND pid <> pg_backend_pid()")).rows[0].n),
  );
try {
  await runPrisma(["migrate", "deploy"], databaseUrl, { quiet: true });
  await generateCommunity(databaseUrl, scaleSizes("tiny"));
  const reader = await withClient(databaseUrl, async (client) =>
    String((await client.query("SELECT follower_id FROM follows GROUP BY follower_id ORDER BY count(*) DESC LIMIT 1")).rows[0].follower_id));

  // 1. The app's client as it is: node-postgres sends statement_timeout as a startup parameter.
  const strict = await startPgBouncer(databasePort, bouncerPort, false);
  const refusal = await db.$queryRaw`SELECT 1`.then(() => "none", messageOf);
  await strict.stop();

  // 2. PgBouncer told to ignore it, and the timeout set on the server instead.
  await withClient(databaseUrl, (client) => client.query(`ALTER DATABASE drills SET statement_timeout = '${STATEMENT_TIMEOUT}'`));
  const bouncer = await startPgBouncer(databasePort, bouncerPort, true);
  try {
    const [timeout] = await db.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    const migrate = await runPrisma(["migrate", "deploy"], bouncerUrl, { quiet: true }).then(() => "ok", messageOf);
    let errors = 0;
    const problems = new Set<string>();
    let maxServer = 0;
    let localSettingsSeen = 0;
    // One sample at a time, so the sampling connections never count each other.
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        maxServer = Math.max(maxServer, await serverConnections());
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round += 1) {
      await Promise.all(
        Array.from({ length: TASKS }, async (_, task) => {
          try {
            if (task % 3 === 0) await (task % 2 === 0 ? listLatestPosts(null) : listHomeFeed(reader));
            else if (task % 3 === 1) await searchPeople("ada", 1);
            else {
              // An interactive transaction: its statements share one server connection, so a local setting holds.
              const seen = await db.$transaction(async (tx) => {
                await tx.$queryRaw`SELECT set_config('application_name', ${`task-${task}`}, true)`;
                await tx.$queryRaw`SELECT count(*) FROM posts`;
                return tx.$queryRaw<{ name: string }[]>`SELECT current_setting('application_name') AS name`;
              });
              if (seen[0]?.name === `task-${task}`) localSettingsSeen += 1;
            }
          } catch (error) {
            errors += 1;
            problems.add(messageOf(error));
          }
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    sampling = false;
    await sampler;
    console.log(`PgBouncer check (${bouncer.version}, pool_mode = transaction, default_pool_size = ${SERVER_POOL})
  app client as configured: ${refusal === "none" ? "accepted" : `refused: ${refusal}`}
  with ignore_startup_parameters = statement_timeout and ALTER DATABASE … SET statement_timeout: SHOW statement_timeout = ${timeout?.statement_timeout}
  prisma migrate deploy through PgBouncer: ${migrate}
  ${ROUNDS * TASKS} operations (${TASKS} at once; feed reads, search batches, interactive transactions) in ${seconds.toFixed(1)} s: ${errors} errors${problems.size ? ` (${[...problems].join("; ")})` : ""}
  transaction-local settings seen inside their transaction: ${localSettingsSeen}/${Math.floor(TASKS / 3) * ROUNDS}
  server connections at most ${maxServer} for an app pool of ${process.env.DATABASE_POOL_SIZE ?? 10}`);
  } finally {
    await db.$disconnect();
    await bouncer.stop();
  }
} finally {
  await postgres.stop();
}
