import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { pageFormWasSentFrom } from "./form-page";

// Pages a back link never returns to: signing in or up again, or an API answer.
const NOT_A_PLACE_TO_RETURN_TO = /^\/(login|signup|api)(?=[/?#]|$)/;

/**
 * Where a page's back link goes: the page of this app the reader came from
 * (the request's Referer, on the same host), unless it is one of `ownPaths`
 * (the page itself and its sub-pages, such as a post's edit form), else home.
 * Only a same-origin path comes out, never another site.
 */
export function backHref(referer: string | null, host: string | null, ownPath: string): string {
  const from = host ? pageFormWasSentFrom(referer, { host }) : null;
  if (!from || (from.protocol !== "http:" && from.protocol !== "https:")) return "/";
  const path = safeCallbackUrl(`${from.pathname}${from.search}`);
  const own = path === ownPath || path.startsWith(`${ownPath}/`) || path.startsWith(`${ownPath}?`);
  return own || NOT_A_PLACE_TO_RETURN_TO.test(path) ? "/" : path;
}
