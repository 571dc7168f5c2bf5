/**
 * JSON-RPC 2.0 as the Prisma CLI speaks it to the schema engine: one JSON object per line on
 * stdin/stdout. Error payloads follow the native engine, whose `data` field the CLI inspects.
 */
export type JsonRpcId = number | string;

export type JsonRpcRequest = { id: JsonRpcId; method: string; params: unknown };

export type EngineErrorData = { is_panic: boolean; message: string; error_code?: string };

export type JsonRpcError = { code: number; message: string; data?: EngineErrorData };

export type JsonRpcResponse =
  | { jsonrpc: "2.0"; id: JsonRpcId | null; result: unknown }
  | { jsonrpc: "2.0"; id: JsonRpcId | null; error: JsonRpcError };

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;
export const METHOD_NOT_FOUND = -32601;
/** The code the native engine uses for every error raised by an engine method. */
export const ENGINE_ERROR = 4466;

export class JsonRpcRequestError extends Error {
  override name = "JsonRpcRequestError";
  constructor(
    readonly code: number,
    message: string,
    readonly id: JsonRpcId | null = null,
  ) {
    super(message);
  }
}

export type JsonRpcIncomingResponse = { id: JsonRpcId; result: unknown; errorMessage?: string };

/** A line from the CLI: a request for the engine, or the answer to a request the engine sent (`print`). */
export type JsonRpcIncoming =
  | { kind: "request"; request: JsonRpcRequest }
  | { kind: "response"; response: JsonRpcIncomingResponse };

export function parseIncoming(line: string): JsonRpcIncoming {
  let message: unknown;
  try {
    message = JSON.parse(line);
  } catch {
    throw new JsonRpcRequestError(PARSE_ERROR, "Parse error");
  }
  if (typeof message !== "object" || message === null || Array.isArray(message)) {
    throw new JsonRpcRequestError(INVALID_REQUEST, "Invalid request");
  }
  const id = "id" in message && isId(message.id) ? message.id : null;
  if (id !== null && !("method" in message) && ("result" in message || "error" in message)) {
    const result = "result" in message ? message.result : undefined;
    const response = "error" in message ? { id, result, errorMessage: errorMessageOf(message.error) } : { id, result };
    return { kind: "response", response };
  }
  if (id === null || !("method" in message) || typeof message.method !== "string") {
    throw new JsonRpcRequestError(INVALID_REQUEST, "Invalid request", id);
  }
  return { kind: "request", request: { id, method: message.method, params: "params" in message ? message.params : undefined } };
}

function errorMessageOf(error: unknown): string {
  const hasMessage = typeof error === "object" && error !== null && "message" in error && typeof error.message === "string";
  return hasMessage ? String(error.message) : JSON.stringify(error);
}

export function requestMessage(id: JsonRpcId, method: string, params: unknown): string {
  return JSON.stringify({ jsonrpc: "2.0", id, method, params });
}

function isId(value: unknown): value is JsonRpcId {
  return typeof value === "number" || typeof value === "string";
}

export function resultResponse(id: JsonRpcId, result: unknown): JsonRpcResponse {
  // `undefined` would vanish from the JSON, and the CLI rejects responses without `result`.
  return { jsonrpc: "2.0", id, result: result ?? null };
}

export function errorResponse(id: JsonRpcId | null, error: JsonRpcError): JsonRpcResponse {
  return { jsonrpc: "2.0", id, error };
}

/** An error thrown by the engine, shaped like the native engine's so the CLI shows its message and P-code. */
export function engineError(error: unknown, panicMessage?: string): JsonRpcError {
  const isPanic = error instanceof WebAssembly.RuntimeError;
  const message = isPanic ? (panicMessage ?? error.message) : error instanceof Error ? error.message : String(error);
  const code = errorCodeOf(error);
  return {
    code: ENGINE_ERROR,
    message: "An error happened. Check the data field for details.",
    data: { is_panic: isPanic, message, ...(code === undefined ? {} : { error_code: code }) },
  };
}

function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}
