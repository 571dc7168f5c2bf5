import { databaseName, serverAddress } from "./postgres-url";

/** An error the Prisma CLI knows how to present, identified by a Prisma error code (P1xxx). */
export type UserFacingError = { errorCode: string; message: string };

const UNREACHABLE_SERVER_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH"]);

/**
 * Translates a `pg` connection or SQL error into the codes the native engine reports, because the
 * CLI branches on them: P1003 ("database does not exist") makes `migrate dev` / `migrate deploy`
 * create the database instead of failing.
 */
export function toUserFacingError(error: unknown, url: string): UserFacingError {
  const code = errorCode(error);
  const address = serverAddress(url);
  const user = decodeURIComponent(new URL(url).username);

  if (code !== undefined && UNREACHABLE_SERVER_CODES.has(code)) {
    return { errorCode: "P1001", message: `Can't reach database server at \`${address}\`` };
  }
  switch (code) {
    case "28P01":
    case "28000":
      return {
        errorCode: "P1000",
        message: `Authentication failed against database server at \`${address}\`, the provided database credentials for \`${user}\` are not valid.`,
      };
    case "3D000":
      return {
        errorCode: "P1003",
        message: `Database \`${databaseName(url)}\` does not exist on the database server at \`${address}\`.`,
      };
    case "42P04":
      return {
        errorCode: "P1009",
        message: `Database \`${databaseName(url)}\` already exists on the database server at \`${address}\``,
      };
    case "42501":
      return { errorCode: "P1010", message: `User \`${user}\` was denied access on the database \`${databaseName(url)}\`` };
    default:
      return { errorCode: "", message: error instanceof Error ? error.message : String(error) };
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}
