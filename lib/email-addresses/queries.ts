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
