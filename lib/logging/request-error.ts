import type { Instrumentation } from "next";
import type { Logger } from "pino";
import { isUnenteredAction } from "@/lib/server/action-entry";
import { REQUEST_ID_HEADER } from "./request-id";

type OnRequestError = Instrumentation.onRequestError;
type ErrorRequest = Parameters<OnRequestError>[1];
type ErrorContext = Parameters<OnRequestError>[2];

export const REQUEST_ERROR_MESSAGE = "Unexpected error while serving a request";
export const UNREADABLE_ACTION_MESSAGE = "A server action request Next.js could not read";

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

/**
 * Logs an error that Next.js caught while rendering a page or running an action, route handler or
 * the proxy. One it met before entering any action is the client's (a garbage form body, which
 * the production server answers with 400, lib/server/guarded-response.ts), so it is a one-line
 * warning without the stack: a client sending such requests would otherwise fill the log with
 * errors as fast as it sends.
 */
export function logRequestError(logger: Logger, ...[error, request, context]: Parameters<OnRequestError>): void {
  const { err, ...fields } = requestErrorFields(error, request, context);
  if (isUnenteredAction()) logger.warn({ ...fields, reason: err.message }, UNREADABLE_ACTION_MESSAGE);
  else logger.error({ err, ...fields }, REQUEST_ERROR_MESSAGE);
}
