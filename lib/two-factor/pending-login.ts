import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { authSecret } from "@/lib/auth/secret";

// Between the password and the code, the login form carries this token in a
// hidden field (so the second step works without JavaScript and without a
// session): the user's id and an expiry, signed with a key derived from
// NEXTAUTH_SECRET. It proves only that the password was right a moment ago;
// the code is still required, and throttled per account.

export const PENDING_LOGIN_SECONDS = 5 * 60;

const pendingClaims = z.object({ u: z.string(), e: z.number() });

let derived: { from: string; key: Buffer } | undefined;

function signingKey(): Buffer {
  const from = authSecret();
  if (derived?.from !== from) derived = { from, key: Buffer.from(hkdfSync("sha256", from, "", "Commons pending two-factor login v1", 32)) };
  return derived.key;
}

function signature(payload: string): Buffer {
  return createHmac("sha256", signingKey()).update(payload).digest();
}

export function pendingLoginToken(userId: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ u: userId, e: now + PENDING_LOGIN_SECONDS * 1000 })).toString("base64url");
  return `${payload}.${signature(payload).toString("base64url")}`;
}

/** The user id a token was made for, while it is unexpired and unaltered; null otherwise. */
export function pendingLoginUser(token: string, now = Date.now()): string | null {
  const [payload, mac, extra] = token.split(".");
  if (!payload || !mac || extra !== undefined) return null;
  const given = Buffer.from(mac, "base64url");
  const expected = signature(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  // Signed by this server, so it parses; checked all the same.
  const claims = pendingClaims.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
  return claims.success && claims.data.e > now ? claims.data.u : null;
}
