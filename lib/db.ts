import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev`, which provides a database.");
  }
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5_000),
  });
  return new PrismaClient({
    adapter,
    // Password hashes leave the database only where a query asks for them explicitly.
    omit: { user: { passwordHash: true } },
    // Every SQL statement is an event: the query-count tests listen (db.$on("query", ...)).
    log: [{ emit: "event", level: "query" }],
  });
}

type Client = ReturnType<typeof createClient>;

// Next dev re-evaluates modules on every change; one client per process keeps
// the connection pool from multiplying.
const globalForPrisma = globalThis as unknown as { prisma?: Client };

function client(): Client {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
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
