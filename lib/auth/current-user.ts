import { redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma, Role } from "@/lib/generated/prisma/client";
import { accountRowShown } from "@/lib/moderation/visibility";
import { loginUrl } from "./callback-url";
import { type SessionDevice, requestDevice } from "./device";
import { type SessionIds, readSession } from "./session-cookie";

/** How old a session's "last used" time may get before a request moves it (the sessions page says "about"). */
export const SESSION_SEEN_EVERY_MINUTES = 5;

const currentUserRow = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  avatarKey: z.string().nullable(),
  role: z.enum(Role),
  theme: z.string(),
  /** Null while the address is unverified: pages then show a banner (components/accounts/verify-email-banner.tsx). */
  emailVerifiedAt: z.date().nullable(),
});

export type CurrentUser = z.infer<typeof currentUserRow>;

/**
 * The signed-in user, or null. A session is valid only while its row exists
 * and has not expired: logging out, changing the password, being suspended or
 * deleting the account removes rows, which ends those sessions wherever their
 * cookie was copied. A suspended account counts as signed out whatever its
 * sessions. One statement (it runs for every page), cached per request: it
 * also notes when and from where the session was last used, at most every
 * SESSION_SEEN_EVERY_MINUTES, so most requests write nothing.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  return session ? findSessionUser(session, await requestDevice()) : null;
});

/**
 * The user whose session `session` names, while that session is valid (see
 * getCurrentUser), in one statement. With `device`, the session's last use is
 * noted too when it is older than SESSION_SEEN_EVERY_MINUTES; checks outside
 * a request of the person's (a live stream's timer) leave it alone.
 */
export async function findSessionUser(session: SessionIds, device?: SessionDevice): Promise<CurrentUser | null> {
  const noteLastUse = device
    ? Prisma.sql`WITH seen AS (
        UPDATE sessions SET last_seen_at = now(), ip = ${device.ip}
        WHERE id = ${session.sessionId} AND user_id = ${session.userId} AND expires_at > now()
          AND last_seen_at < now() - make_interval(mins => ${SESSION_SEEN_EVERY_MINUTES}::int)
        RETURNING id)`
    : Prisma.empty;
  const rows = parseRows(
    currentUserRow,
    await db.$queryRaw`
      ${noteLastUse}
      SELECT u.id, u.username, u.display_name AS "displayName", u.avatar_key AS "avatarKey", u.role, u.theme,
             u.email_verified_at AS "emailVerifiedAt"
      FROM users AS u
      WHERE u.id = ${session.userId} AND ${accountRowShown("u")}
        AND EXISTS (SELECT 1 FROM sessions AS s WHERE s.id = ${session.sessionId} AND s.user_id = u.id AND s.expires_at > now())`,
  );
  return rows[0] ?? null;
}

/** The signed-in user; anyone else is sent to the login page and back to `returnTo` afterwards. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginUrl(returnTo));
  return user;
}
