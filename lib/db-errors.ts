import { Prisma } from "@/lib/generated/prisma/client";

// Every database error the app handles is named here, and nothing else reads
// Prisma's error codes:
//   uniqueViolation        a unique constraint refused the row (P2002): a taken username
//   isForeignKeyViolation  the row refers to one that is gone (P2003; raw SQL: P2010 with SQLSTATE 23503)
//   isBlockedPairRefusal   a follow, like or repost between two accounts one of which blocks the other (raw SQL: 23514)
//   isRecordNotFound       an update or delete matched no row (P2025): gone, or not the user's to change
//   isDatabaseUnavailable  the database cannot be reached right now (stopped, restarting, out of connections)

type DriverConstraint = { index?: string; fields?: string[] };

/**
 * A description of the unique constraint that `error` violated (its index name
 * or columns, e.g. "users_email_key"), or null for any other error. Lets an
 * action turn a lost race, such as two sign-ups for one name, into a field
 * message: the database decides, the user gets a sentence.
 */
export function uniqueViolation(error: unknown): string | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta = error.meta as { target?: unknown; driverAdapterError?: { cause?: { constraint?: DriverConstraint } } };
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  const target = constraint?.index ?? constraint?.fields?.join(",") ?? meta?.target;
  return Array.isArray(target) ? target.join(",") : String(target ?? "");
}

/**
 * Whether `error` says the row a write named was not there: an update or delete
 * whose `where` (the row, and the rule of who may touch it) matched nothing.
 */
export function isRecordNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}

/** Prisma's codes for "cannot reach", "timed out", "closed the connection" and "no free connection". */
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** What @prisma/adapter-pg calls a socket error (see convertDriverError in its source). */
const UNREACHABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/**
 * SQLSTATEs of a server that is going away or not there yet: class 08
 * (connection exception), shutdown and crash (57P01–57P03), too many
 * connections (53300) and a statement cancelled by statement_timeout (57014).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300|57014)$/;
/** Errors of node-postgres itself that the adapter passes through unconverted. */
const PG_CONNECTION_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);

type ErrorLike = { code?: unknown; errorCode?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown };

function looksUnavailable(error: ErrorLike): boolean {
  const code = typeof error.code === "string" ? error.code : typeof error.errorCode === "string" ? error.errorCode : "";
  if (UNREACHABLE_PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code)) return true;
  if (typeof error.kind === "string" && UNREACHABLE_ADAPTER_KINDS.has(error.kind)) return true;
  return typeof error.message === "string" && PG_CONNECTION_MESSAGE.test(error.message);
}

/**
 * Whether `error` means the database cannot be reached right now (stopped,
 * restarting, unreachable, out of connections) rather than that a query was
 * wrong. Looks through Prisma's wrapper, the driver adapter's error and the
 * `cause` chain, because which layer reports an outage depends on where the
 * request was when the connection went.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === "object" && current !== null && !seen.has(current)) {
    seen.add(current);
    const candidate = current as ErrorLike;
    if (looksUnavailable(candidate)) return true;
    const adapterCause = (candidate.meta as { driverAdapterError?: { cause?: ErrorLike } } | undefined)?.driverAdapterError?.cause;
    if (adapterCause && looksUnavailable(adapterCause)) return true;
    current = candidate.cause;
  }
  return false;
}

/**
 * Whether `error` is a foreign key violation: a row refers to one that is gone.
 * Prisma's own queries say P2003; raw ones P2010 with the driver's SQLSTATE.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2003") return true;
  const meta = error.meta as { driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined;
  return error.code === "P2010" && meta?.driverAdapterError?.cause?.originalCode === "23503";
}

/**
 * Whether `error` is the database refusing a follow, like or repost between two accounts one of
 * which blocks the other (the triggers follows_refuse_blocked, likes_refuse_blocked and
 * reposts_refuse_blocked, which raise a check violation saying "… between blocked accounts"): a
 * block that landed after the write's own check read the two accounts. Only raw SQL writes these rows.
 */
export function isBlockedPairRefusal(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2010") return false;
  const meta = error.meta as { driverAdapterError?: { cause?: { originalCode?: unknown; originalMessage?: unknown } } } | undefined;
  const cause = meta?.driverAdapterError?.cause;
  return cause?.originalCode === "23514" && typeof cause.originalMessage === "string" && cause.originalMessage.endsWith(" between blocked accounts");
}
