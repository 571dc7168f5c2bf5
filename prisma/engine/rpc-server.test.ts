import { PassThrough } from "node:stream";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { METHOD_NOT_FOUND } from "./json-rpc";
import { serveJsonRpc } from "./rpc-server";
import type { SchemaEngine } from "./wasm-engine";

/** Plays the CLI's side of the conversation. */
function connect(engine: Promise<SchemaEngine>) {
  const toEngine = new PassThrough();
  const fromEngine = new PassThrough();
  const served = serveJsonRpc(engine, toEngine, fromEngine);
  const messages = createInterface({ input: fromEngine })[Symbol.asyncIterator]();
  return {
    send: (message: object) => toEngine.write(JSON.stringify(message) + "\n"),
    receive: async (): Promise<unknown> => JSON.parse((await messages.next()).value),
    close: () => {
      toEngine.end();
      return served;
    },
  };
}

// Only the methods a test calls exist; the cast stands in for the rest of the WebAssembly engine.
const fakeEngine = (methods: object) => Promise.resolve(methods as SchemaEngine);

describe("serveJsonRpc", () => {
  it("prints a diff through the CLI, as the native engine does, before answering", async () => {
    const cli = connect(fakeEngine({ diff: async () => ({ exitCode: 0, stdout: "CREATE TABLE a ();\n" }) }));

    cli.send({ jsonrpc: "2.0", id: 1, method: "diff", params: {} });
    expect(await cli.receive()).toEqual({
      jsonrpc: "2.0",
      id: "engine-1",
      method: "print",
      params: { content: "CREATE TABLE a ();" },
    });
    cli.send({ jsonrpc: "2.0", id: "engine-1", result: {} });
    expect(await cli.receive()).toEqual({ jsonrpc: "2.0", id: 1, result: { exitCode: 0, stdout: null } });

    await cli.close();
  });

  it("answers requests one at a time, in order", async () => {
    const calls: string[] = [];
    const cli = connect(
      fakeEngine({
        applyMigrations: async () => {
          calls.push("apply started");
          await new Promise((resolve) => setTimeout(resolve, 20));
          calls.push("apply finished");
          return { appliedMigrationNames: [] };
        },
        diagnoseMigrationHistory: async () => {
          calls.push("diagnose");
          return { history: null };
        },
      }),
    );

    cli.send({ jsonrpc: "2.0", id: 1, method: "applyMigrations", params: {} });
    cli.send({ jsonrpc: "2.0", id: 2, method: "diagnoseMigrationHistory", params: {} });
    expect(await cli.receive()).toMatchObject({ id: 1 });
    expect(await cli.receive()).toMatchObject({ id: 2 });
    expect(calls).toEqual(["apply started", "apply finished", "diagnose"]);

    await cli.close();
  });

  it("rejects methods the WebAssembly engine does not have", async () => {
    const cli = connect(fakeEngine({}));
    cli.send({ jsonrpc: "2.0", id: 1, method: "getDatabaseDescription", params: {} });
    expect(await cli.receive()).toMatchObject({ id: 1, error: { code: METHOD_NOT_FOUND } });
    await cli.close();
  });

  it("answers every request with the error that stopped the engine from starting", async () => {
    const startFailure = Object.assign(new Error("Database `app` does not exist"), { code: "P1003" });
    const engine = Promise.reject(startFailure);
    engine.catch(() => {});
    const cli = connect(engine);

    cli.send({ jsonrpc: "2.0", id: 1, method: "applyMigrations", params: {} });
    expect(await cli.receive()).toMatchObject({
      id: 1,
      error: { data: { is_panic: false, message: "Database `app` does not exist", error_code: "P1003" } },
    });
    await cli.close();
  });
});
