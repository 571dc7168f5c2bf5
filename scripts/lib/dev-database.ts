import path from "node:path";
import pg from "pg";
import { databaseUrl, ensureDatabase } from "./database";
import { startEmbeddedPostgres } from "./embedded-postgres";

const EMBEDDED_DATABASE = "commons";

export type DevDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * The database of `npm run dev`, `npm start` and the database scripts:
 * DATABASE_URL when set; otherwise the embedded PostgreSQL in .data/postgres
 * (EMBEDDED_POSTGRES_DIR), started here unless another command (such as a
 * running `npm run dev`) already serves it.
 */
export async function openDevDatabase(): Promise<DevDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };

  // Read here, not at import: `npm start` loads the .env files first.
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54320);
  const dataDir = process.env.EMBEDDED_POSTGRES_DIR ?? ".data/postgres";
  const serverUrl = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  const runningDataDir = await servedDataDirectory(serverUrl);
  if (runningDataDir !== null) {
    // Another checkout's cluster may hold the port: using it would serve (or change) the wrong data.
    if (runningDataDir !== path.resolve(dataDir)) {
      throw new Error(
        `Port ${port} is taken by a PostgreSQL with its data in ${runningDataDir}, not ${path.resolve(dataDir)}. ` +
          "Stop it, or set EMBEDDED_POSTGRES_PORT to a free port.",
      );
    }
    return { url: await ensureDatabase(serverUrl, EMBEDDED_DATABASE), embedded: true, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir, port });
  try {
    return { url: await ensureDatabase(server.serverUrl, EMBEDDED_DATABASE), embedded: true, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** The data folder of the PostgreSQL answering at `serverUrl`, or null when none answers. */
async function servedDataDirectory(serverUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres"), connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
    return rows[0]!.data_directory;
  } finally {
    await client.end().catch(() => undefined);
  }
}
