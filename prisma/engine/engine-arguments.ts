/**
 * The command line the Prisma CLI uses to start a schema engine:
 *
 *   schema-engine --datamodels <file>... --datasource '{"url":"..."}'            (JSON-RPC server)
 *   schema-engine --datasource '{"url":"..."}' cli can-connect-to-database      (one-shot command)
 */
export type EngineInvocation = {
  datamodelPaths: string[];
  datasourceUrl: string | undefined;
  mode: { kind: "rpc-server" } | { kind: "cli"; command: string };
};

export class EngineArgumentsError extends Error {
  override name = "EngineArgumentsError";
}

// Flags the native engine accepts but the WebAssembly engine has no use for; their values are skipped.
const IGNORED_FLAGS_WITH_VALUE = new Set(["--enabled-preview-features", "--extension-types"]);

export function parseEngineArguments(argv: readonly string[]): EngineInvocation {
  const datamodelPaths: string[] = [];
  let datasourceUrl: string | undefined;
  const remaining = [...argv];

  for (let argument = remaining.shift(); argument !== undefined; argument = remaining.shift()) {
    if (argument === "cli") {
      const command = remaining.shift();
      if (command === undefined) throw new EngineArgumentsError("`cli` needs a subcommand");
      return { datamodelPaths, datasourceUrl, mode: { kind: "cli", command } };
    }
    if (argument === "--datamodels" || argument === "-d") {
      // Like the native engine, take every following value up to the next flag or subcommand.
      while (remaining[0] !== undefined && !isFlagOrSubcommand(remaining[0])) {
        datamodelPaths.push(remaining[0]);
        remaining.shift();
      }
    } else if (argument === "--datasource") {
      datasourceUrl = parseDatasourceUrl(takeValue(argument, remaining));
    } else if (IGNORED_FLAGS_WITH_VALUE.has(argument)) {
      takeValue(argument, remaining);
    } else {
      throw new EngineArgumentsError(`Unknown argument: ${argument}`);
    }
  }

  return { datamodelPaths, datasourceUrl, mode: { kind: "rpc-server" } };
}

function isFlagOrSubcommand(argument: string): boolean {
  return argument.startsWith("-") || argument === "cli";
}

function takeValue(flag: string, remaining: string[]): string {
  const value = remaining.shift();
  if (value === undefined) throw new EngineArgumentsError(`${flag} needs a value`);
  return value;
}

function parseDatasourceUrl(json: string): string | undefined {
  let datasource: unknown;
  try {
    datasource = JSON.parse(json);
  } catch {
    throw new EngineArgumentsError("--datasource is not valid JSON");
  }
  if (typeof datasource !== "object" || datasource === null) {
    throw new EngineArgumentsError("--datasource must be a JSON object");
  }
  const url: unknown = "url" in datasource ? datasource.url : undefined;
  if (url !== undefined && typeof url !== "string") {
    throw new EngineArgumentsError("--datasource url must be a string");
  }
  return url;
}
