import { BENCH_PASSWORD } from "../community/generate-community";

/** The name=value part of every Set-Cookie header of a response. */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((header) => header.split(";")[0] ?? "");
}

/**
 * A session cookie for `username`, through next-auth's Credentials endpoint
 * as e2e/support/fixtures.ts does: csrf token (and its cookie) first, then the form.
 */
export async function logIn(baseUrl: string, username: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, identifier: username, password: BENCH_PASSWORD, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith("commons.session="));
  if (!session) throw new Error(`Logging in as ${username} gave no session cookie (HTTP ${response.status}).`);
  return session;
}

/** One session per user, logged in a few at a time (argon2id is meant to be slow). */
export async function logInAll(baseUrl: string, usernames: string[]): Promise<string[]> {
  const cookies: string[] = [];
  for (let start = 0; start < usernames.length; start += 4) {
    cookies.push(...(await Promise.all(usernames.slice(start, start + 4).map((name) => logIn(baseUrl, name)))));
  }
  return cookies;
}
