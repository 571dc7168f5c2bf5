import pino, { type DestinationStream, type Level, type Logger } from "pino";

/** Fields whose values never reach a log line, at the top level or nested up to two objects deep. */
export const REDACTED_FIELDS = ["password", "passwordHash", "email", "cookie", "authorization", "set-cookie", "token"];

const REDACTED_PATHS = REDACTED_FIELDS.flatMap((field) => {
  const key = `["${field}"]`;
  return [key, `*${key}`, `*.*${key}`];
});

export const LOG_LEVELS: readonly (Level | "silent")[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/**
 * LOG_LEVEL when it names a pino level; otherwise `info`, except under Vitest,
 * where tests would drown their own output in log lines.
 */
export function logLevel(env: Record<string, string | undefined> = process.env): Level | "silent" {
  const configured = LOG_LEVELS.find((level) => level === env.LOG_LEVEL?.trim().toLowerCase());
  if (configured) return configured;
  return env.VITEST ? "silent" : "info";
}

/** A JSON-lines logger; `destination` defaults to stdout. */
export function createLogger(destination?: DestinationStream, level: Level | "silent" = logLevel()): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    },
    destination,
  );
}

/** The process logger. Inside a request, use `requestLogger()` so lines carry the request id. */
export const logger = createLogger();
