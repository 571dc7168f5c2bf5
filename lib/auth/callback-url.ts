/** Longer callbacks are refused: no page of the site needs one, and they only cost work. */
const MAX_LENGTH = 2000;

// Any origin would do: it only lets `URL` resolve a path the way a browser will.
const PROBE_ORIGIN = "http://localhost";

/**
 * True for a path a browser would read as another host: "//evil.example",
 * "/\evil.example", and, to be safe with anything that decodes the path once
 * more, "/%2Fevil.example" and "/%5Cevil.example".
 */
function namesAnotherHost(path: string): boolean {
  return /^\/([/\\]|%2f|%5c)/i.test(path);
}

/**
 * Where to go after logging in. Only same-origin paths are accepted. The check
 * runs on the path as a browser normalises it (dot segments, "%2e", tabs and
 * newlines, backslashes), because "/.//evil.example" and "/%2e//evil.example"
 * only become "//evil.example", an open redirect, after normalising.
 */
export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== PROBE_ORIGIN || namesAnotherHost(path) || path.length > MAX_LENGTH) return fallback;
  return path;
}

export function loginUrl(callbackUrl: string): string {
  return `/login?callbackUrl=${encodeURIComponent(safeCallbackUrl(callbackUrl))}`;
}

/** The sign-up page, for a visitor whom `loginUrl` sent to log in: the new account lands back on `callbackUrl`. */
export function signUpUrl(callbackUrl: string): string {
  const path = safeCallbackUrl(callbackUrl);
  return path === "/" ? "/signup" : `/signup?callbackUrl=${encodeURIComponent(path)}`;
}

/**
 * next-auth's redirect callback: the same rule for the URLs next-auth redirects
 * to (it passes paths and absolute URLs). Always an absolute URL on `baseUrl`,
 * the site's origin, since next-auth's client parses it with `new URL`.
 */
export function safeAuthRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const origin = new URL(baseUrl).origin;
  let path = url;
  if (!url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      path = absolute.origin === origin ? absolute.href.slice(origin.length) : "/";
    } catch {
      path = "/";
    }
  }
  return `${origin}${safeCallbackUrl(path)}`;
}
