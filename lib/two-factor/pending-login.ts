import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { authSecret } from "@/lib/auth/secret";

// Between the password and the code, the login form carries this token in a
// hidden field (so the second step works without JavaScript and without a
// session): the user's id and username (which the code step names), a stamp of the credentials the password was checked
// against, and an expiry, signed with a key derived from NEXTAUTH_SECRET. It
// proves only that the password was right a moment ago, and only while those
// credentials stand: a new password, or two-factor turned off and on again,
// ends it (an owner who changes a leaked password ends the logins it began).
// The code is still required, and throttled per account.

export const PENDING_LOGIN_SECONDS = 5 * 60;

const pendingClaims = z.object({ u: z.string(), n: z.string(), c: z.string(), e: z.number() });

/** A proof of the password: whose, and against which credentials (credentialsStamp). */
export type PendingLogin = { userId: string; username: string; credentials: string };

/** The credentials a password check passed with: the stored hash of the password, and when two-factor login was turned on. */
export type CheckedCredentials = { passwordHash: string; twoFactorEnabledAt: Date | null };

let derived: { from: string; signing: Buffer; stamping: Buffer } | undefined;

function keys(): { signing: Buffer; stamping: Buffer } {
  const from = authSecret();
  const key = (info: string) => Buffer.from(hkdfSync("sha256", from, "", info, 32));
  if (derived?.from !== from) {
    derived = { from, signing: key("Commons pending two-factor login v1"), stamping: key("Commons pending two-factor login credentials v1") };
  }
  return derived;
}

function signature(payload: string): Buffer {
  return createHmac("sha256", keys().signing).update(payload).digest();
}

/**
 * Names `credentials` in the token without revealing them: a keyed hash, so the hidden field
 * says nothing about the password's hash, and any new password (a new salt) changes it.
 */
export function credentialsStamp(credentials: CheckedCredentials): string {
  const enabledAt = credentials.twoFactorEnabledAt?.toISOString() ?? "off";
  return createHmac("sha256", keys().stamping).update(`${credentials.passwordHash}\n${enabledAt}`).digest("base64url");
}

/** Whether `credentials` (the account's now) are still those the proof `pending` was made against. */
export function sameCredentials(pending: PendingLogin, credentials: CheckedCredentials): boolean {
  const given = Buffer.from(pending.credentials, "base64url");
  const current = Buffer.from(credentialsStamp(credentials), "base64url");
  return given.length === current.length && timingSafeEqual(given, current);
}

export function pendingLoginToken(user: { id: string; username: string }, credentials: string, now = Date.now()): string {
  const claims = { u: user.id, n: user.username, c: credentials, e: now + PENDING_LOGIN_SECONDS * 1000 };
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${payload}.${signature(payload).toString("base64url")}`;
}

/** What a token proves, while it is unexpired and unaltered; null otherwise. Whether its credentials still stand is sameCredentials. */
export function readPendingLogin(token: string, now = Date.now()): PendingLogin | null {
  const [payload, mac, extra] = token.split(".");
  if (!payload || !mac || extra !== undefined) return null;
  const given = Buffer.from(mac, "base64url");
  const expected = signature(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  // Signed by this server, so it parses; checked all the same (a token of a version before has no stamp or no username).
  const claims = pendingClaims.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
  return claims.success && claims.data.e > now ? { userId: claims.data.u, username: claims.data.n, credentials: claims.data.c } : null;
}
