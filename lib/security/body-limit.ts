/**
 * The largest request body the app reads: four 5 MB images would not fit, but
 * each image is checked on its own (5 MB, with a clear message) and a form
 * rarely carries four large ones. Next.js's server actions are told the same
 * limit (next.config.ts).
 */
export const MAX_BODY_MB = 12;

export const MAX_BODY_BYTES = MAX_BODY_MB * 1024 * 1024;

export const BODY_TOO_LARGE_MESSAGE = `This form is too large: send at most ${MAX_BODY_MB} MB at once.`;

/**
 * The largest url-encoded body (a plain form without files: logging in, a card's buttons without
 * JavaScript; the app's own are under 2 KB). Node's URLSearchParams, which reads them, takes time
 * in the square of the fields of a body like `a&a&a…`: 2.5 s for 400,000 of them (800 KB), and
 * 16 s for a 2 MB body, with every other request waiting.
 */
const MAX_URL_ENCODED_KB = 64;

export const URL_ENCODED_TOO_LARGE_MESSAGE = `This form is too large: send at most ${MAX_URL_ENCODED_KB} KB of text at once.`;

/** The most a body may carry, and what a larger one is told: it depends on how it is read. */
export type BodyLimit = { bytes: number; message: string };

/**
 * The limit for a body of `contentType`. Url-encoded is matched as next-auth matches it (anywhere
 * in the header), which is looser than the media type alone.
 */
export function bodyLimitFor(contentType: string | null | undefined): BodyLimit {
  return contentType?.toLowerCase().includes("application/x-www-form-urlencoded")
    ? { bytes: MAX_URL_ENCODED_KB * 1024, message: URL_ENCODED_TOO_LARGE_MESSAGE }
    : { bytes: MAX_BODY_BYTES, message: BODY_TOO_LARGE_MESSAGE };
}

/**
 * The limit a request announces a body over, or null. Next.js answers such a server action with
 * a 500; the proxy answers 413 with the limit's message instead. The production server
 * (scripts/serve.ts) refuses these before the proxy, and bodies sent without a length by
 * counting their bytes; this check keeps `next dev` honest.
 */
export function exceededBodyLimit(headers: Headers): BodyLimit | null {
  const limit = bodyLimitFor(headers.get("content-type"));
  return Number(headers.get("content-length") ?? 0) > limit.bytes ? limit : null;
}
