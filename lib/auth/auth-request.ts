/** A request to /api/auth/* that next-auth would answer with a 500, and what it gets instead. */
export type AuthRequestRefusal = { status: 405 | 415; message: string; headers?: Record<string, string> };

/**
 * next-auth reads a JSON body as readily as a form, but only with `JSON.parse` and without
 * checking its values: `{` answered 500, and `"identifier": 123` sent the reader to an error page
 * naming the exception. Every form of the app (and next-auth's own client) posts url-encoded.
 * Its callback, for credentials, is only ever posted: a GET answered 500.
 */
export function authRequestRefusal(method: string, action: string | undefined, contentType: string | null): AuthRequestRefusal | null {
  // Matched as next-auth matches it: anywhere in the header.
  if (method === "POST" && contentType?.toLowerCase().includes("application/json")) {
    return { status: 415, message: "Send this form url-encoded, as a browser does." };
  }
  if (method !== "POST" && action === "callback") return { status: 405, message: "This address only takes a form.", headers: { Allow: "POST" } };
  return null;
}
