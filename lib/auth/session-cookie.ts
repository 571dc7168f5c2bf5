import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { authSecret } from "./secret";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Secure cookies wherever the app is served over HTTPS (always, in a real deployment). */
function servedOverHttps(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookie() {
  const secure = servedOverHttps();
  return {
    // The __Secure- prefix makes browsers refuse the cookie over plain HTTP.
    name: secure ? "__Secure-commons.session" : "commons.session",
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

export type SessionUser = { id: string; sessionVersion: number };

/** Signs the user in on this browser: a next-auth JWT in an httpOnly cookie. */
export async function startSession(user: SessionUser): Promise<void> {
  const token = await encode({
    token: { sub: user.id, sv: user.sessionVersion },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const { name, options } = sessionCookie();
  (await cookies()).set(name, token, { ...options, maxAge: SESSION_MAX_AGE_SECONDS });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(sessionCookie().name);
}

/** The user id and session version in this request's session cookie, if it carries a valid one. */
export async function readSession(): Promise<SessionUser | null> {
  const token = (await cookies()).get(sessionCookie().name)?.value;
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: authSecret() });
    if (!payload?.sub || typeof payload.sv !== "number") return null;
    return { id: payload.sub, sessionVersion: payload.sv };
  } catch {
    return null;
  }
}
