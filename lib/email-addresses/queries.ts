import { hashToken } from "@/lib/account-tokens/token";
import { db } from "@/lib/db";

/** The settings page's view of an account's address: the current one, whether it is verified, and a change waiting for its link. */
export async function getEmailStatus(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      emailVerifiedAt: true,
      accountTokens: {
        where: { purpose: "VERIFY_EMAIL", usedAt: null, expiresAt: { gt: new Date() } },
        select: { email: true },
        take: 1,
      },
    },
  });
  const waiting = user.accountTokens[0]?.email;
  return { email: user.email, verified: user.emailVerifiedAt !== null, pendingEmail: waiting && waiting !== user.email ? waiting : null };
}

/**
 * Whether `token` is a verification link that `userId` already used for the address their account
 * has now, verified: the page of a link opened again (Back, after confirming) says so rather than
 * calling it invalid. For anyone else, and signed out, it is a link that does not work, as any
 * other: the page never tells whose link it was.
 */
export async function usedVerificationLinkOf(token: string, userId: string | null): Promise<boolean> {
  if (userId === null) return false;
  const link = await db.accountToken.findFirst({
    where: { tokenHash: hashToken(token), purpose: "VERIFY_EMAIL", userId, usedAt: { not: null }, user: { emailVerifiedAt: { not: null } } },
    select: { email: true, user: { select: { email: true } } },
  });
  return link !== null && link.email === link.user.email;
}
