import type { IncomingHttpHeaders } from "node:http";
// Next.js's own reading of the header, so that exactly what it would fail on is refused.
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state.js";
import { type BodyLimit, bodyLimitFor } from "./body-limit";

/** What the production server answers instead of handing the request on; `allow` is the Allow header a 405 must carry. */
export type Refusal = { status: 400 | 403 | 405 | 413; message: string; allow?: string };

export const CROSS_SITE_MESSAGE = "This form was sent from another site and was refused.";
export const INVALID_ACTION_MESSAGE = "This request could not be read as a form of this site.";

export function tooLarge(limit: BodyLimit): Refusal {
  return { status: 413, message: limit.message };
}

/** The body limit of a request with these headers (lib/security/body-limit.ts). */
export function bodyLimitOf(headers: IncomingHttpHeaders): BodyLimit {
  return bodyLimitFor(single(headers["content-type"]));
}
export const INVALID_ACTION: Refusal = { status: 400, message: INVALID_ACTION_MESSAGE };
const INVALID_ROUTER_STATE: Refusal = { status: 400, message: "This request's router state could not be read." };

/**
 * TRACE, which no page or route of the app answers: the proxy (proxy.ts) turns each request into a
 * fetch `Request`, which refuses the method, so Next.js answered it with a 500. (Node.js itself
 * refuses CONNECT and TRACK.)
 */
const METHOD_NOT_ALLOWED: Refusal = { status: 405, message: "This method is not allowed here.", allow: "GET, HEAD, POST" };

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The requests Next.js treats as server actions (its own test, in its own words: a POST with a Next-Action header or a multipart body). */
export function isPossibleServerAction(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  if (method !== "POST") return false;
  return headers["next-action"] !== undefined || (headers["content-type"] ?? "").startsWith("multipart/form-data");
}

/** The host Next.js compares an action's Origin with: the first X-Forwarded-Host, else Host. */
function actionHost(headers: IncomingHttpHeaders): string | undefined {
  const forwarded = single(headers["x-forwarded-host"])?.split(",")[0]?.trim();
  return forwarded || headers.host;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

/** Whether `origin` is this site's: the host Next.js compares a server action's Origin with (a plain form post's too). */
export function isThisSite(origin: string, headers: IncomingHttpHeaders): boolean {
  const host = actionHost(headers);
  return host !== undefined && host !== "" && originHost(origin) === host;
}

/**
 * What the production server refuses from the headers alone, before reading
 * the body: a TRACE, a body announced over its limit, and a server action sent from
 * another origin (including `null` and unparsable ones), which Next.js would
 * refuse with a 500. A missing Origin is let through, as Next.js does. So is a
 * page's RSC request whose router state Next.js cannot read, which it answered
 * with a 500 and an error in the log.
 */
export function refusalFromHeaders(method: string | undefined, headers: IncomingHttpHeaders): Refusal | null {
  if (method === "TRACE") return METHOD_NOT_ALLOWED;
  if (!hasReadableRouterState(headers)) return INVALID_ROUTER_STATE;
  const length = headers["content-length"];
  const limit = bodyLimitOf(headers);
  if (length !== undefined && Number(length) > limit.bytes) return tooLarge(limit);
  if (!isPossibleServerAction(method, headers)) return null;
  const origin = headers.origin;
  if (origin === undefined) return null;
  return isThisSite(origin, headers) ? null : { status: 403, message: CROSS_SITE_MESSAGE };
}

/** A body sent without a length (chunked): its size is known only by counting what arrives. */
export function hasUnannouncedBody(headers: IncomingHttpHeaders): boolean {
  return headers["content-length"] === undefined && headers["transfer-encoding"] !== undefined;
}

/** Whether Next.js can read the router state an RSC request carries (only those are read). */
function hasReadableRouterState(headers: IncomingHttpHeaders): boolean {
  if (headers.rsc !== "1" || headers["next-router-state-tree"] === undefined) return true;
  try {
    parseAndValidateFlightRouterState(headers["next-router-state-tree"]);
    return true;
  } catch {
    return false;
  }
}
