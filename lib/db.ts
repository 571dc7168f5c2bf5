import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import pg from "pg";
import { keptPlanStatementName } from "@/lib/db-sql";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logging/logger";

/** PgBouncer in transaction mode before 1.21 cannot carry named statements (DEPLOY.md). */
const namedStatements = () => process.env.DATABASE_NAMED_STATEMENTS !== "false";

/** How long a statement may run and a connection may take to open, in ms (DEPLOY.md). */
type Timeouts = { statement: number; connect: number };

function timeouts(): Timeouts {
  return { statement: Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 15_000), connect: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5_000) };
}

/** The connection pool of a client of the database at `connectionString`, which Prisma's adapter and queryKeptPlan share. */
function createPool(connectionString: string, timeout: Timeouts) {
  const pool = new pg.Pool({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // While the database is down, requests fail within these bounds instead of waiting on it.
    connectionTimeoutMillis: timeout.connect,
    // The server cancels a runaway statement; the client gives up a little later
    // on a connection that stopped answering (say, across a network partition).
    ...(timeout.statement > 0 && { statement_timeout: timeout.statement, query_timeout: timeout.statement + 2_000 }),
    // Idle connections do not keep a script alive after its last query (the seed, the bench).
    allowExitOnIdle: true,
  });
  // The pool emits "error" when an idle connection dies (the database restarted); without a
  // listener that would crash the process. This one only says so in the log: the pool replaces
  // the connection by itself.
  pool.on("error", (error) => logger.error({ event: "database-connection-lost", reason: error.message }, "Database connection lost while idle"));
  return pool;
}

// Next dev re-evaluates modules on every change; one client per process keeps
// the connection pool from multiplying, and its pool must stay found.
const globalForPrisma = globalThis as unknown as { prisma?: Client; replicas?: Replicas | null; pools?: WeakMap<object, pg.Pool> };

/** Each client's pool, for queryKeptPlan. */
const pools = (globalForPrisma.pools ??= new WeakMap());

/** A client of the database at `connectionString`: the primary, or a replica with the same pool settings. */
function createClient(connectionString: string) {
  const timeout = timeouts();
  const pool = createPool(connectionString, timeout);
  const adapter = new PrismaPg(pool, {
    ...(namedStatements() && { statementNameGenerator: (query) => keptPlanStatementName(query.sql) }),
    // `$disconnect` closes the connections, as it did when the adapter made its own pool (scripts
    // and tests stop their database next). Nothing reads through queryKeptPlan after it.
    disposeExternalPool: true,
  });
  const client = new PrismaClient({
    adapter,
    // Password hashes and two-factor secrets leave the database only where a query asks for them explicitly.
    omit: { user: { passwordHash: true }, twoFactor: { secretSealed: true } },
    // A transaction waits for a free connection as long as a single query does
    // (Prisma's own default gives up after 2 s, long before the pool would), and
    // may run as long as a statement may. Prisma's 5 s default rolled busy
    // transactions back between the statements of one nested write, which then
    // answered with a foreign-key error or null instead of a timeout (seen in
    // the demo seed on a loaded two-core machine).
    transactionOptions: { maxWait: timeout.connect, timeout: Math.max(timeout.statement, 5_000) + timeout.connect },
    // Every SQL statement is an event for the query-count tests and the benchmark
    // (onStatement); not in production, where nothing listens.
    log: process.env.NODE_ENV === "production" ? [] : [{ emit: "event", level: "query" }],
  });
  pools.set(client, pool);
  return client;
}

function createPrimaryClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev`, which provides a database.");
  }
  return createClient(connectionString);
}

type Client = ReturnType<typeof createClient>;

/** The client inside `db.$transaction(async (tx) => …)`: what services pass to the writes and hooks that join their transaction. */
export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];

/** What runs hand-written SQL: `db` itself or a transaction. */
export type SqlClient = Pick<Tx, "$queryRaw">;

function client(): Client {
  globalForPrisma.prisma ??= createPrimaryClient();
  return globalForPrisma.prisma;
}

/**
 * One client per URL of DATABASE_REPLICA_URL (comma-separated), held by
 * @prisma/extension-read-replicas on the primary's client. Only the
 * extension's `$replica()` is used (see replicaDb): by default it would also
 * send every model read to a replica, and which reads may lag is decided
 * query by query instead.
 */
function createReplicas(urls: string[]) {
  const clients = urls.map((url) => createClient(url));
  return { clients, router: client().$extends(readReplicas({ replicas: clients })) };
}

type Replicas = ReturnType<typeof createReplicas>;

function replicaUrls(): string[] {
  return (process.env.DATABASE_REPLICA_URL ?? "").split(",").map((url) => url.trim()).filter(Boolean);
}

/** Whether DATABASE_REPLICA_URL names a read replica. */
export function hasReplica(): boolean {
  return replicaUrls().length > 0;
}

/** What a read that may go to a replica runs on: hand-written SQL, alone or in a batch transaction. */
export type Reader = Pick<Client, "$queryRaw" | "$transaction">;

/**
 * A replica's client (one of them, at random, when there are several), or null
 * without DATABASE_REPLICA_URL. Reads choose it through `lagTolerantDb`
 * (lib/db-routing.ts), never directly: that keeps read-your-writes.
 */
export function replicaDb(): Reader | null {
  if (globalForPrisma.replicas === undefined) {
    const urls = replicaUrls();
    globalForPrisma.replicas = urls.length > 0 ? createReplicas(urls) : null;
  }
  const replicas = globalForPrisma.replicas;
  if (!replicas) return null;
  // The extension hands back one of the clients it was given; found among them, it keeps its own type.
  const picked = replicas.router.$replica();
  return replicas.clients.find((replica) => Object.is(replica, picked)) ?? null;
}

/**
 * The one Prisma client of the process. It is created on first use because
 * `next build` imports this module without a database.
 */
export const db = new Proxy({} as Client, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

/** A statement the app sent: its text and its parameters. */
export type StatementEvent = { query: string; params: unknown[] };

const statementListeners = new Set<(event: StatementEvent) => void>();

/**
 * Calls `listener` with the statements sent from now on by the primary's Prisma client (its query
 * events, which exist outside production only) and by queryKeptPlan, to any pool: what the
 * query-count tests and the benchmark's capture of a page's statements hear.
 */
export function onStatement(listener: (event: StatementEvent) => void): void {
  statementListeners.add(listener);
  client().$on("query", (event) => {
    const params: unknown = JSON.parse(event.params);
    listener({ query: event.query, params: Array.isArray(params) ? params : [] });
  });
}

/** `date` and zone-less `timestamp` read as UTC, as Prisma reads them: node-postgres reads them in the machine's zone. */
const UTC_READERS = new Map<number, (value: string) => Date>([
  [pg.types.builtins.DATE, (value) => new Date(`${value}T00:00:00Z`)],
  [pg.types.builtins.TIMESTAMP, (value) => new Date(`${value.replace(" ", "T")}Z`)],
]);
const readAsPrisma = {
  getTypeParser: (oid: number, format?: "text" | "binary") => UTC_READERS.get(oid) ?? pg.types.getTypeParser(oid, format),
};

/** A parameter as Prisma's query events give it: times as ISO 8601 text. */
const asPrismaLogsIt = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/**
 * The rows of a statement made with keptPlanSql: the few statements that every page runs. They go
 * through node-postgres itself, on the pool of `on` (db, or the replica lagTolerantDb chose), named
 * as Prisma's adapter names them, so a connection keeps one plan whichever path prepared it.
 * Prisma's own work for such a statement (its request pipeline, tracing, and the adapter's and the
 * client's conversion of every value) cost the server about as much CPU as rendering the page's
 * cards (BENCHMARKS.md, "session 18"). Rows come as node-postgres reads them: callers check them
 * with parseRows, as they checked Prisma's.
 */
export async function queryKeptPlan(statement: Prisma.Sql, on: Reader = db): Promise<unknown[]> {
  const name = keptPlanStatementName(statement.text);
  if (!name) throw new Error("queryKeptPlan runs statements made with keptPlanSql");
  const pool = pools.get(on === db ? client() : on);
  if (!pool) throw new Error("queryKeptPlan found no pool for this client: it runs on db or a replica's client, not in a transaction");
  for (const listener of statementListeners) listener({ query: statement.text, params: statement.values.map(asPrismaLogsIt) });
  const result = await pool.query({ name: namedStatements() ? name : undefined, text: statement.text, values: statement.values, types: readAsPrisma });
  return result.rows;
}
