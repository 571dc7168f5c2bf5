import { createDatabase, dropDatabase, uniqueDatabaseName } from "@/scripts/lib/database";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { runPrisma } from "@/scripts/lib/prisma-cli";

export type BenchDatabase = { url: string; close: () => Promise<void> };

/**
 * A fresh database migrated with the real Prisma CLI: a new one on
 * DATABASE_URL's server when set, otherwise a throw-away embedded PostgreSQL
 * in a temporary folder. Never the development data.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres();
  const serverUrl = embedded?.serverUrl ?? process.env.DATABASE_URL!;
  const name = uniqueDatabaseName("bench");
  try {
    const url = await createDatabase(serverUrl, name);
    await runPrisma(["migrate", "deploy"], url, { quiet: true });
    return {
      url,
      close: async () => {
        if (embedded) await embedded.stop();
        else await dropDatabase(serverUrl, name);
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
