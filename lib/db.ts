import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { keptPlanStatementName } from "@/lib/db-sql";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logging/logger";

/** A client of the database at `connectionString`: the primary, or a replica with the same pool settings. */
function createClient(connectionString: string) {
  const statementTimeout = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 15_000);
  const connectTimeout = Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5_000);
  const adapter = new PrismaPg(
    {
      connectionString,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // While the database is down, requests fail within these bounds instead of waiting on it.
      connectionTimeoutMillis: connectTimeout,
      // The server cancels a runaway statement; the client gives up a little later
      // on a connection that stopped answering (say, across a network partition).
      ...(statementTimeout > 0 && { statement_timeout: statementTimeout, query_timeout: statementTimeout + 2_000 }),
    },
    {
      // pg's Pool emits "error" when an idle connection dies (the database restarted);
      // without a listener that would crash the process. The adapter listens; this
      // listener only says so in the log. The pool replaces the connection by itself.
      onPoolError: (error) => logger.error({ event: "database-connection-lost", reason: error.message }, "Database connection lost while idle"),
      // PgBouncer in transaction mode before 1.21 cannot carry named statements (DEPLOY.md).
      ...(process.env.DATABASE_NAMED_STATEMENTS !== "false" && { statementNameGenerator: (query) => keptPlanStatementName(query.sql) }),
    },
  );
  return new PrismaClient({
    adapter,
    // Password hashes and two-factor secrets leave the database only where a query asks for them explicitly.
    omit: { user: { passwordHash: true }, twoFactor: { secretSealed: true } },
    // A transaction waits for a free connection as long as a single query does
    // (Prisma's own default gives up after 2 s, long before the pool would), and
    // may run as long as a statement may. Prisma's 5 s default rolled busy
    // transactions back between the statements of one nested write, which then
    // answered with a foreign-key error or null instead of a timeout (seen in
    // the demo seed on a loaded two-core machine).
    transactionOptions: { maxWait: connectTimeout, timeout: Math.max(statementTimeout, 5_000) + connectTimeout },
    // Every SQL statement is an event for the query-count tests and the benchmark
    // (db.$on("query", ...)); not in production, where nothing listens.
    log: process.env.NODE_ENV === "production" ? [] : [{ emit: "event", level: "query" }],
  });
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

// Next dev re-evaluates modules on every change; one client per process keeps
// the connection pool from multiplying.
const globalForPrisma = globalThis as unknown as { prisma?: Client; replicas?: Replicas | null };

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
