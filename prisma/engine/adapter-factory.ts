import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { quoteIdentifier } from "../../scripts/lib/database";
import { CharColumnsAsTextClient, withCharColumns } from "./char-columns";
import { schemaName, withDatabase } from "./postgres-url";

const SHADOW_DATABASE_PREFIX = "prisma_migrate_shadow_db_";

/**
 * The driver adapter factory the WebAssembly schema engine runs on.
 *
 * `connectToShadowDb` is how the engine gets an empty database to replay migrations on (drift
 * detection, `migrate dev`, `migrate diff --from-migrations`). PrismaPg's own implementation
 * creates the database but then connects back to the main one when configured with a connection
 * string (the string's database wins over the `database` option), so the replay collides with
 * existing tables. Here the shadow database gets its own connection string, and is dropped when
 * the engine disposes of it.
 */
export function createAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(url),
    connectToShadowDb: () => connectToShadowDatabase(url),
  };
}

async function connectTo(url: string): Promise<SqlDriverAdapter> {
  const pool = new pg.Pool({ connectionString: url, Client: CharColumnsAsTextClient });
  return withWholeScripts(withCharColumns(await new PrismaPg(pool, { schema: schemaName(url), disposeExternalPool: true }).connect()));
}

/**
 * The same adapter, sending a migration script to PostgreSQL in one piece, as
 * the native engine does. PrismaPg's own executeScript splits the script at
 * every ";", which cuts a function body (a PL/pgSQL trigger) apart. A query
 * without parameters stays on the simple protocol, which takes many statements;
 * executeRaw turns a failure into the adapter's usual error.
 */
function withWholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return {
    ...adapter,
    executeScript: async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    },
  };
}

async function connectToShadowDatabase(url: string): Promise<SqlDriverAdapter> {
  const database = `${SHADOW_DATABASE_PREFIX}${randomUUID()}`;
  const server = await connectTo(url);
  try {
    await server.executeScript(`CREATE DATABASE ${quoteIdentifier(database)}`);
  } catch (error) {
    await server.dispose();
    throw error;
  }
  const shadow = await connectTo(withDatabase(url, database));
  return withCleanup(shadow, async () => {
    try {
      await server.executeScript(`DROP DATABASE IF EXISTS ${quoteIdentifier(database)}`);
    } finally {
      await server.dispose();
    }
  });
}

/** The same adapter, running `cleanup` after it is disposed. */
function withCleanup(adapter: SqlDriverAdapter, cleanup: () => Promise<void>): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    executeScript: (script) => adapter.executeScript(script),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: async () => {
      await adapter.dispose();
      await cleanup();
    },
  };
}
