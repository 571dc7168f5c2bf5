import type { Instrumentation } from "next";
import { MISSING_SECRET_MESSAGE } from "./lib/auth/secret";

/**
 * Runs once when the server starts. A production server without its own
 * session secret would sign sessions with a published development key, so it
 * refuses to start instead, and so does one with a setting it cannot use (object storage
 * configured only in part, an SMTP_URL that is no address, a pool size that is no number:
 * lib/server/environment-check.ts), which would fail pages later; settings that work but
 * were likely not meant are said in the log. The server also learns which
 * client addresses it can believe (see lib/auth/peer-address.ts), starts sending mail, and says
 * in the log if the database lacks this release's migrations.
 */
export async function register() {
  // All of it is Node.js only, and in one block so that the edge runtime's build leaves it out
  // rather than warning that it stops a process there.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    if (process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_SECRET) {
      console.error(MISSING_SECRET_MESSAGE);
      process.exit(1);
    }
    const problems = (await import("./lib/server/environment-check")).environmentProblems();
    if (problems.length > 0) {
      for (const problem of problems) console.error(problem);
      process.exit(1);
    }
    if (process.env.NODE_ENV === "production") {
      const { logger } = await import("./lib/logging/logger");
      for (const warning of (await import("./lib/server/environment-warnings")).environmentWarnings()) logger.warn({ event: "setting-unsafe" }, warning);
    }
    (await import("./lib/auth/peer-address")).recordClientAddresses();
    // Mail queued in the outbox is sent from inside the server process (lib/mail/worker.ts); it never blocks a request.
    await (await import("./lib/mail/worker")).startConfiguredMailWorker();
    // Not awaited: the server starts meanwhile, and a database that is down is the pages' to report.
    void (await import("./lib/server/schema-check")).warnOfPendingMigrations();
  }
}

/**
 * Every error Next.js catches on the server becomes one JSON log line. pino is
 * a Node.js library, so it is loaded only in the Node.js runtime; errors of the
 * edge runtime (the proxy) go to the console as JSON with the same fields.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { logRequestError, requestErrorFields, REQUEST_ERROR_MESSAGE } = await import("./lib/logging/request-error");
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { logger } = await import("./lib/logging/logger");
    logRequestError(logger, error, request, context);
    const { isDatabaseUnavailable } = await import("./lib/db-errors");
    if (isDatabaseUnavailable(error)) (await import("./lib/db-circuit")).noteDatabaseUnavailable();
    return;
  }
  const { err, ...fields } = requestErrorFields(error, request, context);
  console.error(
    JSON.stringify({ level: "error", time: new Date().toISOString(), ...fields, err: { message: err.message, stack: err.stack }, msg: REQUEST_ERROR_MESSAGE }),
  );
};
