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
 * Whether a request announces a body over the limit. Next.js answers such a
 * server action with a 500; the proxy answers 413 with a message instead.
 * The production server (scripts/serve.ts) refuses these before the proxy,
 * and bodies sent without a length by counting their bytes; this check
 * keeps `next dev` honest.
 */
export function announcesTooLargeBody(headers: Headers): boolean {
  return Number(headers.get("content-length") ?? 0) > MAX_BODY_BYTES;
}
