/** Helpers for `postgresql://user:password@host:port/database?schema=...` connection strings. */

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** `host:port` as the native engine prints it in connection errors. */
export function serverAddress(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || "5432"}`;
}

/** Prisma's `?schema=` parameter; the driver adapter needs it passed separately. */
export function schemaName(url: string): string | undefined {
  return new URL(url).searchParams.get("schema") ?? undefined;
}
