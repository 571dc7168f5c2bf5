import { db } from "@/lib/db";
import { logger } from "@/lib/logging/logger";

/**
 * The newest migration this code was written for (the last folder of prisma/migrations;
 * schema-check.test.ts fails until it is named here). A server started on a database without
 * it would fail, page by page, on whatever the migration adds.
 */
export const LATEST_MIGRATION = "20261208100000_search_emoji";

/** Whether the database has not applied `migration`; null when it cannot be asked (unreachable). */
export async function lacksMigration(migration: string = LATEST_MIGRATION): Promise<boolean | null> {
  try {
    const [row] = await db.$queryRaw<{ applied: boolean }[]>`
      SELECT to_regclass('_prisma_migrations') IS NOT NULL
        AND EXISTS (SELECT 1 FROM _prisma_migrations WHERE migration_name = ${migration} AND finished_at IS NOT NULL AND rolled_back_at IS NULL) AS applied`;
    return row?.applied !== true;
  } catch {
    return null;
  }
}

/**
 * Says at start, in the log, when the database is behind this release: `npm start` migrates
 * first, but a server started by itself (the standalone folder, DEPLOY.md) does not.
 */
export async function warnOfPendingMigrations(): Promise<void> {
  if ((await lacksMigration()) !== true) return;
  logger.error(
    { event: "database-schema-behind", migration: LATEST_MIGRATION },
    `The database lacks migration ${LATEST_MIGRATION}: pages will fail until \`npx prisma migrate deploy\` runs from this release's checkout`,
  );
}
