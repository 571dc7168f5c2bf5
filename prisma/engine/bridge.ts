/**
 * Entry point of the schema engine the Prisma CLI spawns (see ./schema-engine and README.md).
 * stdout carries JSON-RPC and stderr carries JSON log lines, so nothing else may be printed.
 */
import { runCliCommand } from "./cli-commands";
import { writeUserFacingError } from "./engine-log";
import { parseEngineArguments } from "./engine-arguments";
import { EnginePanicError, serveJsonRpc } from "./rpc-server";
import { startSchemaEngine } from "./wasm-engine";

const EXIT_ERROR = 1;
const EXIT_PANIC = 101;

async function main(): Promise<number> {
  const invocation = parseEngineArguments(process.argv.slice(2));

  if (invocation.mode.kind === "cli") {
    return runCliCommand(invocation.mode.command, invocation.datasourceUrl);
  }
  if (invocation.datasourceUrl === undefined) {
    writeUserFacingError("P1012", "The datasource url is missing. Set it in prisma.config.ts.");
    return EXIT_ERROR;
  }

  const engine = startSchemaEngine({
    url: invocation.datasourceUrl,
    datamodelPaths: invocation.datamodelPaths,
    onLog: (line) => process.stderr.write(line + "\n"),
  });
  // Handled by serveJsonRpc, which reports a failed start as the response to each request.
  engine.catch(() => {});
  try {
    await serveJsonRpc(engine, process.stdin, process.stdout);
  } catch (error) {
    if (error instanceof EnginePanicError) return EXIT_PANIC;
    throw error;
  }
  return 0;
}

/** Resolves once everything written to `stream` so far has been handed to the OS. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write("", () => resolve()));
}

// Exit explicitly: idle database pools would otherwise keep the process alive. Pipes are
// asynchronous on some platforms (macOS), so let the last response and log line out first.
const exitCode = await main().catch((error: unknown) => {
  writeUserFacingError("", error instanceof Error ? error.message : String(error));
  return EXIT_ERROR;
});
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(exitCode);
