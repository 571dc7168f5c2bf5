import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { requestDevice } from "./device";
import { authSecret } from "./secret";
import { SESSION_MAX_AGE_SECONDS, createSession, revokeSession } from "./sessions";

/** Secure cookies wherever the app is served over HTTPS (always, in a real deployment). */
function servedOverHttps(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookie() {
  const secure = servedOverHttps();
  return {
    // The __Host- prefix makes browsers refuse the cookie over plain HTTP, and
    // from or for any other host (no Domain attribute, Path=/): a sibling
    // subdomain cannot plant a session here (ASVS 5.0, 3.3.3).
    name: secure ? "__Host-commons.session" : "commons.session",
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/** What a session cookie names: the user (`sub`) and their session row (`sid`). */
export type SessionIds = { userId: string; sessionId: string };

/** Signs the user in on this browser: a new session row, named by a next-auth JWT in an httpOnly cookie. */
export async function startSession(user: { id: string }): Promise<void> {
  const token = await encode({
    token: { sub: user.id, sid: await createSession(user.id, await requestDevice()) },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const { name, options } = sessionCookie();
  (await cookies()).set(name, token, { ...options, maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Logs this browser out: its session row goes first, so a copy of the cookie kept elsewhere is worthless. */
export async function endSession(): Promise<void> {
  const session = await readSession();
  if (session) await revokeSession(session.sessionId);
  (await cookies()).delete(sessionCookie().name);
}

// next-auth's `decode` derives the token key from the secret again for every
// token: that HKDF was 3 % of a feed page's server CPU. The key is derived the
// same way (next-auth/jwt's getDerivedEncryptionKey, no salt) once per secret.
let derivedKey: { secret: string; key: Uint8Array } | undefined;

function tokenKey(secret: string): Uint8Array {
  if (derivedKey?.secret !== secret) {
    const key = hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32);
    derivedKey = { secret, key: new Uint8Array(key) };
  }
  return derivedKey.key;
}

/** How far a token's expiry may lie in the past, for clocks that differ between servers. */
const CLOCK_TOLERANCE_SECONDS = 15;

/** The claims of a token next-auth's `encode` made with `secret`; throws for any other. */
export async function decodeSessionToken(token: string, secret: string) {
  const { payload } = await jwtDecrypt(token, tokenKey(secret), { clockTolerance: CLOCK_TOLERANCE_SECONDS });
  return payload;
}

// Opening a token (AES-GCM and jose's checks) took 0.3–0.4 ms of a signed-in page's server CPU
// under the profiler (BENCHMARKS.md, session 29). A token names the same ids every time it is opened, so
// each is opened once per process and only its expiry is checked again. Whether its session is
// still valid stays the database's to say.
const OPENED_TOKENS_KEPT = 5_000;
let opened: { secret: string; tokens: Map<string, { ids: SessionIds; expiresAtMs: number }> } | undefined;

/** The ids a session token names, while it is one that `secret` made and it has not expired. */
export async function sessionIdsOf(token: string, secret: string): Promise<SessionIds | null> {
  if (opened?.secret !== secret) opened = { secret, tokens: new Map() };
  const { tokens } = opened;
  const known = tokens.get(token);
  if (known && Date.now() < known.expiresAtMs) return known.ids;
  if (known) {
    tokens.delete(token);
    return null;
  }
  const payload = await decodeSessionToken(token, secret).catch(() => null);
  if (!payload?.sub || typeof payload.sid !== "string" || payload.exp === undefined) return null;
  const ids = Object.freeze({ userId: payload.sub, sessionId: payload.sid });
  // Past the limit the token kept longest goes first; it is opened again if it comes back.
  if (tokens.size >= OPENED_TOKENS_KEPT) tokens.delete(tokens.keys().next().value!);
  tokens.set(token, { ids, expiresAtMs: (payload.exp + CLOCK_TOLERANCE_SECONDS) * 1000 });
  return ids;
}

/** The ids in this request's session cookie, if it carries a well-formed one; whether the session is still valid is the database's to say. */
export async function readSession(): Promise<SessionIds | null> {
  const token = (await cookies()).get(sessionCookie().name)?.value;
  return token ? sessionIdsOf(token, authSecret()) : null;
}
