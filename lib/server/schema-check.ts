import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { logger } from "@/lib/logging/logger";

/**
 * The newest migration this code was written for (the last folder of prisma/migrations;
 * schema-check.test.ts fails until it is named here). A server started on a database without
 * it would fail, page by page, on whatever the migration adds.
 */
export const LATEST_MIGRATION = "20261208100000_search_emoji";

const truthRow = z.object({ yes: z.boolean() });

/**
 * Whether the database has not applied `migration` (nor any, when it was never migrated); null
 * when it cannot be asked (unreachable). Two statements: one naming a table that does not exist
 * fails as a whole, whatever it checks first.
 */
export async function lacksMigration(migration: string = LATEST_MIGRATION): Promise<boolean | null> {
  try {
    const [table] = parseRows(truthRow, await db.$queryRaw`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS yes`);
    if (table?.yes !== true) return true;
    const [applied] = parseRows(
      truthRow,
      await db.$queryRaw`
        SELECT EXISTS (SELECT 1 FROM _prisma_migrations WHERE migration_name = ${migration} AND finished_at IS NOT NULL AND rolled_back_at IS NULL) AS yes`,
    );
    return applied?.yes !== true;
  } catch {
    return null;
  }
}

/** Set once the database is known to hold LATEST_MIGRATION: a migration, once applied, stays. */
let schemaKnownCurrent = false;

/** Whether the database holds this release's migrations, asked until it does (for the health check); null when it cannot be asked. */
export async function schemaCurrent(): Promise<boolean | null> {
  if (schemaKnownCurrent) return true;
  const lacks = await lacksMigration();
  if (lacks === false) schemaKnownCurrent = true;
  return lacks === null ? null : !lacks;
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
