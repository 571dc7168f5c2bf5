import pg from "pg";

/** The URL of database `name` on the same server as `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * `identifier` as a quoted SQL identifier, for names that cannot be query parameters
 * (CREATE DATABASE): inside double quotes only a double quote is special, and doubling
 * it is PostgreSQL's own escape, so any name, however hostile, stays one identifier.
 */
export function quoteIdentifier(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/** Runs `work` with a connection to the database at `url`, closed afterwards whatever happens. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function withMaintenanceClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(databaseUrl(serverUrl, "postgres"), work);
}

/**
 * How every database of ours is created: text compares byte by byte (`LC_COLLATE 'C'`), whatever
 * the server's locale. The ids are text, and the feeds compare them thousands of times a page:
 * under C.UTF-8 each comparison goes through the C library's strcoll, and the home feed's
 * statement then ran 5–6 % more instructions (BENCHMARKS.md, "session 17"). For UTF-8 text, byte
 * order is code point order, which is also C.UTF-8's: nothing a person sees is sorted differently.
 * (Under a language's locale, such as en_US.UTF-8, it would be.) Character classes and case
 * (LC_CTYPE) stay the server's.
 */
const NEW_DATABASE_OPTIONS = "TEMPLATE template0 LC_COLLATE 'C'";

/** Creates database `name` unless it exists; returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  await withMaintenanceClient(serverUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdentifier(name)} ${NEW_DATABASE_OPTIONS}`);
  });
  return databaseUrl(serverUrl, name);
}

/** Creates a new database, optionally as a copy of `template` (with its collation); returns its URL. */
export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await withMaintenanceClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${quoteIdentifier(name)} ${template ? `TEMPLATE ${quoteIdentifier(template)}` : NEW_DATABASE_OPTIONS}`),
  );
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withMaintenanceClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
  );
}

/** A database name that no other run on the same server will pick. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** Drops every database whose name starts with `prefix` (the databases of one test run). */
export async function dropDatabasesWithPrefix(serverUrl: string, prefix: string): Promise<void> {
  await withMaintenanceClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [prefix],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE ${quoteIdentifier(datname)} WITH (FORCE)`);
  });
}
