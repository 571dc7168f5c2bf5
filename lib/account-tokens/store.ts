import { type Tx, db } from "@/lib/db";
import type { AccountTokenPurpose } from "@/lib/generated/prisma/client";
import { hashToken, newToken } from "./token";

export const HOUR_MS = 60 * 60_000;

/** Writes a new link for `userId` and answers the token to put in the mail (never stored). */
export async function issueToken(
  tx: Tx,
  input: { userId: string; purpose: AccountTokenPurpose; validForMs: number; email?: string },
): Promise<string> {
  const { token, tokenHash } = newToken();
  const now = Date.now();
  // Links of this kind that were used or expired go on the way.
  await tx.accountToken.deleteMany({
    where: { userId: input.userId, purpose: input.purpose, OR: [{ usedAt: { not: null } }, { expiresAt: { lte: new Date(now) } }] },
  });
  await tx.accountToken.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      tokenHash,
      email: input.email ?? null,
      createdAt: new Date(now),
      expiresAt: new Date(now + input.validForMs),
    },
    select: { id: true },
  });
  return token;
}

/**
 * Ends every link `userId` has open, of both kinds: called when the password changes (by the
 * owner, or through a reset link). Someone who knew the old password could have asked for the
 * address to change to theirs; the link mailed to them would otherwise outlive the new password
 * and take the account back through a reset.
 */
export async function closeAccountLinks(tx: Tx, userId: string): Promise<void> {
  await tx.accountToken.deleteMany({ where: { userId } });
}

/**
 * Uses the link `token` for `purpose`, once: the row is marked used in the
 * statement that checks it is unused and unexpired, so of two simultaneous
 * clicks only one gets the answer. Null for any other token.
 */
export async function consumeToken(tx: Tx, token: string, purpose: AccountTokenPurpose) {
  const [used] = await tx.accountToken.updateManyAndReturn({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
    select: { userId: true, email: true },
  });
  return used ?? null;
}

/** Whether `token` is an open link for `purpose`, without using it (to show its form or say it expired). */
export async function tokenIsOpen(token: string, purpose: AccountTokenPurpose) {
  const row = await db.accountToken.findFirst({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    select: { email: true, user: { select: { username: true } } },
  });
  return row;
}
