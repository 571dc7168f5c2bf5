import { HOUR_MS, issueToken } from "@/lib/account-tokens/store";
import type { Tx } from "@/lib/db";
import { queueMail } from "@/lib/mail/outbox";
import { verificationMail } from "./mail";

export const VERIFICATION_VALID_MS = 48 * HOUR_MS;

/**
 * Inside the caller's transaction: a verification link for `address` mailed
 * to it. Only the newest link works: earlier ones (an address typed wrongly
 * before) are withdrawn, so an old link can never switch to a stale address.
 */
export async function queueVerification(tx: Tx, user: { id: string; username: string }, address: string): Promise<void> {
  await tx.accountToken.deleteMany({ where: { userId: user.id, purpose: "VERIFY_EMAIL" } });
  const token = await issueToken(tx, { userId: user.id, purpose: "VERIFY_EMAIL", validForMs: VERIFICATION_VALID_MS, email: address });
  await queueMail(tx, verificationMail(address, user.username, token));
}
