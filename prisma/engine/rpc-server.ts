import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { findEngineMethod, type EngineHost } from "./engine-methods";
import {
  JsonRpcRequestError,
  METHOD_NOT_FOUND,
  engineError,
  errorResponse,
  parseIncoming,
  requestMessage,
  resultResponse,
  type JsonRpcId,
  type JsonRpcIncomingResponse,
  type JsonRpcRequest,
  type JsonRpcResponse,
} from "./json-rpc";
import { takePanicMessage, type SchemaEngine } from "./wasm-engine";

export class EnginePanicError extends Error {
  override name = "EnginePanicError";
}

export class HostRequestError extends Error {
  override name = "HostRequestError";
}

/**
 * Answers the CLI's JSON-RPC requests until it closes stdin.
 *
 * Requests run one at a time, in order, because engine methods take the engine mutably. While one
 * runs, the engine may itself ask the CLI something (`print`), so incoming lines are read
 * continuously and answers to those questions are routed back without waiting in the queue.
 *
 * The engine is passed as a promise because starting it connects to the database: if that fails,
 * every request is answered with the connection error, which the CLI then shows to the user.
 */
export function serveJsonRpc(engine: Promise<SchemaEngine>, input: Readable, output: Writable): Promise<void> {
  const pendingHostRequests = new Map<JsonRpcId, (response: JsonRpcIncomingResponse) => void>();
  let nextHostRequestId = 0;

  const host: EngineHost = {
    print: (text) =>
      new Promise((resolve, reject) => {
        // Prefixed so they cannot collide with the CLI's numeric request ids.
        const id = `engine-${++nextHostRequestId}`;
        pendingHostRequests.set(id, ({ errorMessage }) =>
          errorMessage === undefined ? resolve() : reject(new HostRequestError(errorMessage)),
        );
        output.write(requestMessage(id, "print", { content: text }) + "\n");
      }),
  };

  return new Promise((resolve, reject) => {
    let queue = Promise.resolve();
    const lines = createInterface({ input, crlfDelay: Infinity });

    lines.on("line", (line) => {
      if (line.trim() === "") return;
      let incoming;
      try {
        incoming = parseIncoming(line);
      } catch (error) {
        if (!(error instanceof JsonRpcRequestError)) throw error;
        output.write(JSON.stringify(errorResponse(error.id, { code: error.code, message: error.message })) + "\n");
        return;
      }
      if (incoming.kind === "response") {
        pendingHostRequests.get(incoming.response.id)?.(incoming.response);
        pendingHostRequests.delete(incoming.response.id);
        return;
      }
      const { request } = incoming;
      queue = queue.then(async () => {
        const response = await respond(engine, request, host);
        output.write(JSON.stringify(response) + "\n");
        // After a Rust panic the WebAssembly instance is in an undefined state; stop like the native engine.
        if ("error" in response && response.error.data?.is_panic) {
          lines.close();
          throw new EnginePanicError(response.error.data.message);
        }
      });
      queue.catch(reject);
    });
    lines.on("close", () => queue.then(resolve, reject));
  });
}

async function respond(engine: Promise<SchemaEngine>, request: JsonRpcRequest, host: EngineHost): Promise<JsonRpcResponse> {
  const method = findEngineMethod(request.method);
  if (method === undefined) {
    return errorResponse(request.id, {
      code: METHOD_NOT_FOUND,
      message: `Method not found: ${request.method} is not supported by the WebAssembly schema engine`,
    });
  }
  try {
    return resultResponse(request.id, await method(await engine, request.params, host));
  } catch (error) {
    return errorResponse(request.id, engineError(error, takePanicMessage()));
  }
}
