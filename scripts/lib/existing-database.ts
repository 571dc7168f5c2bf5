import pg from "pg";
import { quoteIdentifier } from "./database";

/** PostgreSQL's code for a connection to a database that does not exist. */
const NO_SUCH_DATABASE = "3D000";

/**
 * Why `databaseUrl` cannot be migrated as it is: its database does not exist. Prisma's migrate
 * would create it with the server's default collation, which a database cannot change afterwards
 * (DEPLOY.md, "Your own PostgreSQL"); the operator creates it instead. Null when it exists, and for
 * any other failure, which the migration then reports in its own words.
 */
export async function missingDatabaseProblem(databaseUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    return null;
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === NO_SUCH_DATABASE)) return null;
    const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || "postgres";
    return `The database "${name}" that DATABASE_URL names does not exist. Create it with byte-order collation (DEPLOY.md): CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE template0 LC_COLLATE 'C';`;
  } finally {
    await client.end().catch(() => {});
  }
}
