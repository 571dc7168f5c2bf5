/**
 * The Prisma CLI reads the engine's stderr as JSON lines in the native engine's `tracing` format:
 * it takes `fields.message` of every line and, for the `cli` subcommands, looks for the ERROR line
 * whose target is `schema_engine::logger` to find the user-facing error code.
 * Anything else written to stderr would break that parsing.
 */
export type LogLevel = "INFO" | "ERROR";

export type LogFields = { message: string } & Record<string, string | boolean>;

const ENGINE_TARGET = "schema_engine";
const ERROR_TARGET = "schema_engine::logger";

function formatLogLine(level: LogLevel, fields: LogFields, target: string): string {
  return JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target });
}

export function writeLog(level: LogLevel, fields: LogFields, target = ENGINE_TARGET): void {
  process.stderr.write(formatLogLine(level, fields, target) + "\n");
}

export function writeUserFacingError(errorCode: string, message: string): void {
  writeLog("ERROR", { is_panic: false, error_code: errorCode, message }, ERROR_TARGET);
}
