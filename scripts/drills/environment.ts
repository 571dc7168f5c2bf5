import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { generateCommunity } from "../lib/community/generate-community";
import { type NextServer, UNLIMITED_WRITES, startNextServer } from "../lib/http/next-server";
import { scaleSizes } from "../lib/community/scales";
import { ensureDatabase } from "../lib/database";
import { type RunningPostgres, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { runPrisma } from "../lib/prisma-cli";

export const POOL_SIZE = 10;
// The app's defaults: the drill checks what a deployment gets.
export const CONNECT_TIMEOUT_MS = 5_000;

/**
 * What every drill runs against: its own embedded PostgreSQL in a temporary
 * folder (stoppable and restartable on the same port, which is the outage
 * drill), a small generated community, and the production server
 * (scripts/serve.ts) on the build, on 127.0.0.1.
 */
export type DrillEnvironment = {
  databaseUrl: string;
  server: NextServer;
  /** The server's standard error so far (errors it logged during faults). */
  serverLog: () => string;
  stopDatabase: () => Promise<void>;
  startDatabase: () => Promise<void>;
  /** Runs `work` on a short-lived connection of its own (not the app's pool). */
  query: <Row extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<Row[]>;
  close: () => Promise<void>;
};

/** Something a drill runs beside its database (a standby): more environment for the server, and how to stop it. */
export type Attachment = { env: Record<string, string>; close: () => Promise<void> };

export type DrillOptions = {
  /** More settings for the drill's PostgreSQL (`-c name=value` pairs), kept across its restarts. */
  postgresFlags?: string[];
  /** Started once the database is migrated and seeded, before the server; stopped after the server. */
  attach?: (database: { serverUrl: string; databaseUrl: string }) => Promise<Attachment>;
};

export async function openDrillEnvironment(port: number, options: DrillOptions = {}): Promise<DrillEnvironment> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "commons-drills-pg-"));
  const flags = options.postgresFlags ?? [];
  let postgres: RunningPostgres | null = await startEmbeddedPostgres({ dataDir, flags });
  const serverUrl = postgres.serverUrl;
  const databasePort = Number(new URL(serverUrl).port);
  const databaseUrl = await ensureDatabase(serverUrl, "drills");
  let log = "";
  let server: NextServer | null = null;
  let attachment: Attachment | null = null;

  const close = async () => {
    await server?.stop();
    await attachment?.close();
    await postgres?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await runPrisma(["migrate", "deploy"], databaseUrl, { quiet: true });
    await generateCommunity(databaseUrl, scaleSizes("tiny"));
    attachment = (await options.attach?.({ serverUrl, databaseUrl })) ?? null;
    server = await startNextServer(databaseUrl, port, {
      env: {
        ...attachment?.env,
        DATABASE_POOL_SIZE: String(POOL_SIZE),
        DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
        // Every drill user logs in from 127.0.0.1.
        SIGNUP_LIMIT_PER_HOUR: "1000",
        ...UNLIMITED_WRITES,
      },
      onStderr: (chunk) => {
        log += chunk;
      },
    });
  } catch (error) {
    await close();
    throw error;
  }

  return {
    databaseUrl,
    server,
    serverLog: () => log,
    stopDatabase: async () => {
      await postgres?.stop();
      postgres = null;
    },
    startDatabase: async () => {
      postgres = await startEmbeddedPostgres({ dataDir, port: databasePort, flags });
    },
    query: async (sql, params = []) => {
      const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
    close,
  };
}
