/**
 * Where to go after logging in. Only same-origin paths are accepted: anything
 * else ("https://evil.example", "//evil.example", "/\\evil.example") would
 * turn the login page into an open redirect.
 */
export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  try {
    const url = new URL(value, "http://localhost");
    if (url.origin !== "http://localhost") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

export function loginUrl(callbackUrl: string): string {
  return `/login?callbackUrl=${encodeURIComponent(safeCallbackUrl(callbackUrl))}`;
}
