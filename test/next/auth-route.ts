import { createRequire } from "node:module";
import { NextRequest } from "next/server";
import { nextHeaders } from "./runtime";

// next-auth's route handler `require`s next/headers, which vi.mock cannot
// reach; the CommonJS cache gets the same stand-ins, so it runs in-process
// and sees the cookies of the current test browser.
const require = createRequire(import.meta.url);
require("next/headers");
require.cache[require.resolve("next/headers")]!.exports = nextHeaders;

export const { GET, POST } = await import("@/app/api/auth/[...nextauth]/route");

export const ORIGIN = "http://localhost:3000";

export function authContext(...nextauth: string[]) {
  return { params: Promise.resolve({ nextauth }) };
}

/** Keeps a response's cookies in the current test browser's jar, as a browser would. */
export async function keepCookies(response: Response): Promise<void> {
  const jar = await nextHeaders.cookies();
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = ""] = cookie.split(";");
    const split = pair.indexOf("=");
    jar.set(pair.slice(0, split), decodeURIComponent(pair.slice(split + 1)));
  }
}

/** Fetches a CSRF token as a browser would, keeping next-auth's cookies in this test browser's jar. */
export async function csrfToken(): Promise<string> {
  const response = await GET(new NextRequest(`${ORIGIN}/api/auth/csrf`), authContext("csrf"));
  await keepCookies(response);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/** POSTs a form to next-auth, as its client does. */
export function postForm(path: string, fields: Record<string, string>): Promise<Response> {
  return POST(
    new NextRequest(`${ORIGIN}/api/auth/${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
    }),
    authContext(...path.split("/")),
  );
}
