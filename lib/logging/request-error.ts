import type { Instrumentation } from "next";
import type { Logger } from "pino";
import { REQUEST_ID_HEADER } from "./request-id";

type OnRequestError = Instrumentation.onRequestError;
type ErrorRequest = Parameters<OnRequestError>[1];
type ErrorContext = Parameters<OnRequestError>[2];

export const REQUEST_ERROR_MESSAGE = "Unexpected error while serving a request";

/**
 * The fields of an unexpected error's log line. `referenceId` is the digest
 * Next.js gives the error: the error page shows it to the user, so a report
 * quoting it leads to this line. Query strings are left out: they may carry
 * what people typed.
 */
export function requestErrorFields(error: unknown, request: ErrorRequest, context: ErrorContext) {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  const requestId = request.headers[REQUEST_ID_HEADER];
  return {
    err: error instanceof Error ? error : new Error(String(error)),
    referenceId: digest,
    requestId: Array.isArray(requestId) ? requestId[0] : requestId,
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
    renderSource: context.renderSource,
  };
}

/** Logs an error that Next.js caught while rendering a page or running an action, route handler or the proxy. */
export function logRequestError(logger: Logger, ...[error, request, context]: Parameters<OnRequestError>): void {
  logger.error(requestErrorFields(error, request, context), REQUEST_ERROR_MESSAGE);
}
