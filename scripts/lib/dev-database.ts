import pg from "pg";
import { databaseUrl, ensureDatabase } from "./database";
import { startEmbeddedPostgres } from "./embedded-postgres";

const DEV_PORT = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54320);
const DEV_DATA_DIR = ".data/postgres";
const DEV_DATABASE = "commons";

export type DevDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * The development database: DATABASE_URL when set; otherwise the embedded
 * PostgreSQL in .data/postgres, started here unless another command (such as
 * a running `npm run dev`) already serves it.
 */
export async function openDevDatabase(): Promise<DevDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };

  const serverUrl = `postgresql://postgres:postgres@127.0.0.1:${DEV_PORT}/postgres`;
  if (await accepts(serverUrl)) {
    return { url: await ensureDatabase(serverUrl, DEV_DATABASE), embedded: true, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, port: DEV_PORT });
  try {
    return { url: await ensureDatabase(server.serverUrl, DEV_DATABASE), embedded: true, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function accepts(serverUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres"), connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
