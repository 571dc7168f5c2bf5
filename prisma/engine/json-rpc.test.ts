import { describe, expect, it } from "vitest";
import {
  ENGINE_ERROR,
  INVALID_REQUEST,
  JsonRpcRequestError,
  PARSE_ERROR,
  engineError,
  parseIncoming,
  resultResponse,
} from "./json-rpc";

describe("parseIncoming", () => {
  it("reads a request", () => {
    expect(parseIncoming('{"jsonrpc":"2.0","id":1,"method":"diff","params":{"script":true}}')).toEqual({
      kind: "request",
      request: { id: 1, method: "diff", params: { script: true } },
    });
  });

  it("reads the answer to a request the engine sent", () => {
    expect(parseIncoming('{"jsonrpc":"2.0","id":"engine-1","result":{}}')).toEqual({
      kind: "response",
      response: { id: "engine-1", result: {} },
    });
    expect(parseIncoming('{"jsonrpc":"2.0","id":"engine-2","error":{"code":1,"message":"no"}}')).toEqual({
      kind: "response",
      response: { id: "engine-2", result: undefined, errorMessage: "no" },
    });
  });

  it.each([
    ["not json", PARSE_ERROR, null],
    ["[]", INVALID_REQUEST, null],
    ['{"jsonrpc":"2.0","method":"diff"}', INVALID_REQUEST, null],
    ['{"jsonrpc":"2.0","id":7}', INVALID_REQUEST, 7],
  ])("rejects %s", (line, code, id) => {
    expect(() => parseIncoming(line)).toThrow(JsonRpcRequestError);
    try {
      parseIncoming(line);
    } catch (error) {
      expect(error).toMatchObject({ code, id });
    }
  });
});

describe("responses", () => {
  it("always carries a result, since the CLI rejects responses without one", () => {
    expect(JSON.parse(JSON.stringify(resultResponse(3, undefined)))).toEqual({ jsonrpc: "2.0", id: 3, result: null });
  });

  it("shapes engine errors like the native engine, with the Prisma error code", () => {
    const error = Object.assign(new Error("Migration `init` failed to apply cleanly"), { code: "P3006" });
    expect(engineError(error)).toEqual({
      code: ENGINE_ERROR,
      message: "An error happened. Check the data field for details.",
      data: { is_panic: false, message: "Migration `init` failed to apply cleanly", error_code: "P3006" },
    });
  });

  it("reports a WebAssembly trap as a panic with the Rust panic message", () => {
    const trap = new WebAssembly.RuntimeError("unreachable");
    expect(engineError(trap, "panicked at describer.rs:1").data).toEqual({
      is_panic: true,
      message: "panicked at describer.rs:1",
    });
  });
});
