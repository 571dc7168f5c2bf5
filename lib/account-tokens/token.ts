import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

/** 32 random bytes, base64url: 43 characters of [A-Za-z0-9_-]. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const INVALID_LINK = "This link is not valid any more. Links work once, for a limited time.";

/** A token from a link as typed or pasted: anything else is refused before the database is asked. */
export const linkToken = z.string().max(100, { message: INVALID_LINK, abort: true }).trim().regex(TOKEN_PATTERN, INVALID_LINK);

/** What is stored of a token: its SHA-256, so the table alone opens nothing. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new link token and the hash to store. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}
