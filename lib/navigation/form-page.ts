import type { IncomingHttpHeaders } from "node:http";
import { isThisSite } from "@/lib/security/request-guard";

/**
 * The page of this site a request came from (a form's, a link's), from its Referer (which the
 * site's policy keeps whole on its own pages), given the request's host headers; null for
 * another site's, or none.
 * A path starting "//" would be read by the browser as another host's address, so it is none too.
 */
export function pageFormWasSentFrom(referer: string | null, host: IncomingHttpHeaders): URL | null {
  if (referer === null || !URL.canParse(referer)) return null;
  const page = new URL(referer);
  return isThisSite(page.origin, host) && !page.pathname.startsWith("//") ? page : null;
}

/** The host headers of a request, as isThisSite reads them. */
export function hostHeaders(request: { get: (name: string) => string | null }): IncomingHttpHeaders {
  return { host: request.get("host") ?? undefined, "x-forwarded-host": request.get("x-forwarded-host") ?? undefined };
}
