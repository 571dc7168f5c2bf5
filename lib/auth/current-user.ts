import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { activeAccount } from "@/lib/moderation/visibility";
import { loginUrl } from "./callback-url";
import { readSession } from "./session-cookie";

export const currentUserSelect = {
  id: true,
  username: true,
  displayName: true,
  avatarKey: true,
  role: true,
  theme: true,
  /** Null while the address is unverified: pages then show a banner (components/accounts/verify-email-banner.tsx). */
  emailVerifiedAt: true,
} as const;

/**
 * The signed-in user, or null. A session is valid only while its row exists
 * and has not expired: logging out, changing the password, being suspended or
 * deleting the account removes rows, which ends those sessions wherever their
 * cookie was copied. A suspended account counts as signed out whatever its
 * sessions. One query (it runs for every page), cached per request.
 */
export const getCurrentUser = cache(async () => {
  const session = await readSession();
  if (!session) return null;
  return db.user.findFirst({
    where: {
      id: session.userId,
      ...activeAccount,
      sessions: { some: { id: session.sessionId, expiresAt: { gt: new Date() } } },
    },
    select: currentUserSelect,
  });
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;

/** The signed-in user; anyone else is sent to the login page and back to `returnTo` afterwards. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginUrl(returnTo));
  return user;
}
