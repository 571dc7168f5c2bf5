import { headers } from "next/headers";
import type { Logger } from "pino";
import { logger } from "./logger";
import { REQUEST_ID_HEADER } from "./request-id";

/**
 * The logger for the current request: every line carries the request id that
 * proxy.ts set. Server code only (it reads the request's headers).
 */
export async function requestLogger(): Promise<Logger> {
  const requestId = (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  return logger.child({ requestId });
}
