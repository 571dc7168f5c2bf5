import type * as Engine from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "./wasm-engine";

/** What the engine can ask of the CLI while it handles a request. */
export type EngineHost = { print(text: string): Promise<void> };

type EngineMethod = (engine: SchemaEngine, params: unknown, host: EngineHost) => Promise<unknown>;

/**
 * The JSON-RPC methods the CLI calls, mapped onto the WebAssembly engine's methods of the same
 * name. Params are passed through untouched: the engine deserializes and validates them itself,
 * so the casts only name the type it expects.
 */
const ENGINE_METHODS: Readonly<Record<string, EngineMethod>> = {
  applyMigrations: (engine, params) => engine.applyMigrations(params as Engine.ApplyMigrationsInput),
  createMigration: (engine, params) => engine.createMigration(params as Engine.CreateMigrationInput),
  dbExecute: (engine, params) => engine.dbExecute(params as Engine.DbExecuteParams),
  devDiagnostic: (engine, params) => engine.devDiagnostic(params as Engine.DevDiagnosticInput),
  diagnoseMigrationHistory: (engine, params) =>
    engine.diagnoseMigrationHistory(params as Engine.DiagnoseMigrationHistoryInput),
  diff: async (engine, params, host) => {
    const result = await engine.diff(params as Engine.DiffParams);
    // The CLI ignores `stdout` and prints (or writes to --output) what the engine sends through
    // `print`, which is how the native engine returns the diff.
    if (result.stdout) await host.print(result.stdout.replace(/\n$/, ""));
    return { ...result, stdout: null };
  },
  ensureConnectionValidity: (engine, params) =>
    engine.ensureConnectionValidity(params as Engine.EnsureConnectionValidityParams),
  evaluateDataLoss: (engine, params) => engine.evaluateDataLoss(params as Engine.EvaluateDataLossInput),
  // The CLI asks for the version when it builds an error report.
  getDatabaseVersion: (engine) => engine.version(),
  introspect: (engine, params) => engine.introspect(params as Engine.IntrospectParams),
  introspectSql: (engine, params) => engine.introspectSql(params as Engine.IntrospectSqlParams),
  markMigrationApplied: (engine, params) => engine.markMigrationApplied(params as Engine.MarkMigrationAppliedInput),
  markMigrationRolledBack: (engine, params) =>
    engine.markMigrationRolledBack(params as Engine.MarkMigrationRolledBackInput),
  reset: (engine, params) => engine.reset(params as Engine.ResetInput),
  schemaPush: (engine, params) => engine.schemaPush(params as Engine.SchemaPushInput),
};

export function findEngineMethod(name: string): EngineMethod | undefined {
  return Object.hasOwn(ENGINE_METHODS, name) ? ENGINE_METHODS[name] : undefined;
}
