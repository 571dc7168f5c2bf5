import { quoteIdentifier, withClient } from "../../scripts/lib/database";
import { toUserFacingError } from "./connection-errors";
import { databaseName, withDatabase } from "./postgres-url";
import { writeLog, writeUserFacingError } from "./engine-log";

/**
 * The one-shot `schema-engine cli <command>` subcommands. The CLI runs them before starting the
 * JSON-RPC server (e.g. `migrate deploy` checks the database exists and creates it if not), and
 * reads the outcome from the exit code and the JSON log lines on stderr.
 */
const CLI_COMMANDS: Record<string, (url: string) => Promise<string>> = {
  "can-connect-to-database": canConnectToDatabase,
  "create-database": createDatabase,
};

// The server-wide database every PostgreSQL cluster has, used when the target one may not exist yet.
const MAINTENANCE_DATABASE = "postgres";

export async function runCliCommand(command: string, url: string | undefined): Promise<number> {
  // The CLI skips the first stderr line when parsing errors; the native engine's first line is this one.
  writeLog("INFO", { message: "Starting schema engine CLI" });

  const run = CLI_COMMANDS[command];
  if (run === undefined) {
    writeUserFacingError("", `Unsupported schema engine cli command: ${command}`);
    return 1;
  }
  if (url === undefined) {
    writeUserFacingError("P1012", "The datasource url is missing. Set it in prisma.config.ts.");
    return 1;
  }
  try {
    writeLog("INFO", { message: await run(url) });
    return 0;
  } catch (error) {
    const { errorCode, message } = toUserFacingError(error, url);
    writeUserFacingError(errorCode, message);
    return 1;
  }
}

async function canConnectToDatabase(url: string): Promise<string> {
  await withClient(url, (client) => client.query("SELECT 1"));
  return "Connection successful";
}

async function createDatabase(url: string): Promise<string> {
  const name = databaseName(url);
  await withClient(withDatabase(url, MAINTENANCE_DATABASE), (client) =>
    client.query(`CREATE DATABASE ${quoteIdentifier(name)}`),
  );
  return `Database '${name}' was successfully created.`;
}
