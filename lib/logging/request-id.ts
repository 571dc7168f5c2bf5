// No Node-only imports: the proxy (edge runtime) uses this file.

export const REQUEST_ID_HEADER = "x-request-id";

/** Letters, digits and `._:=-`, at most 128: a UUID or a load balancer's trace id, never a log-injection payload. */
const WELL_FORMED = /^[A-Za-z0-9._:=-]{1,128}$/;

/**
 * The id of a request: the one a load balancer or client sent, if it is well
 * formed, so the same id follows the request across systems; a new one otherwise.
 */
export function requestIdFor(incoming: string | null, generate: () => string = () => crypto.randomUUID()): string {
  return incoming !== null && WELL_FORMED.test(incoming) ? incoming : generate();
}
