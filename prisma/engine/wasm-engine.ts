import { readFile } from "node:fs/promises";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { createAdapterFactory } from "./adapter-factory";

export type SchemaEngine = bindings.SchemaEngine;

declare global {
  // Where the engine's Rust panic hook reports the panic message (see `register_panic_hook` in
  // prisma-engines); without it a panic surfaces only as "RuntimeError: unreachable".
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

let lastPanicMessage: string | undefined;

/** The message of the Rust panic behind a `WebAssembly.RuntimeError`, if the engine reported one. */
export function takePanicMessage(): string | undefined {
  const message = lastPanicMessage;
  lastPanicMessage = undefined;
  return message;
}

let loaded: Promise<void> | undefined;

/**
 * Instantiates the engine's .wasm next to its JS bindings. The package's own entry point does
 * `import * as wasm from "./schema_engine_bg.wasm"`, which Node cannot import, so this is the
 * same wiring done by hand.
 */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (lastPanicMessage = message) };
    const wasmUrl = new URL("schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const { instance } = await WebAssembly.instantiate(await readFile(wasmUrl), {
      "./schema_engine_bg.js": { ...bindings },
    });
    bindings.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start !== "function") throw new Error("schema engine wasm has no __wbindgen_start export");
    start();
  })();
  return loaded;
}

export type StartEngineOptions = {
  url: string;
  datamodelPaths: readonly string[];
  /** Receives the engine's log lines, which are JSON in the native engine's format. */
  onLog: (line: string) => void;
};

export async function startSchemaEngine({ url, datamodelPaths, onLog }: StartEngineOptions): Promise<SchemaEngine> {
  await loadWasm();
  const datamodels = await Promise.all(
    datamodelPaths.map(async (path): Promise<[string, string]> => [path, await readFile(path, "utf8")]),
  );
  return bindings.SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    onLog,
    bindMigrationAwareSqlAdapterFactory(createAdapterFactory(url)),
  );
}
