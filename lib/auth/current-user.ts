import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { db, queryKeptPlan } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { keptPlanSql } from "@/lib/db-sql";
import { Prisma, Role } from "@/lib/generated/prisma/client";
import { liveListener } from "@/lib/live/listener";
import { LIVE_CHANNEL } from "@/lib/live/signals";
import { accountRowShown } from "@/lib/moderation/visibility";
import { unreadCountOf } from "@/lib/notifications/queries";
import { loginUrl } from "./callback-url";
import { type SessionDevice, deviceFromHeaders } from "./device";
import { KeptSessions } from "./kept-sessions";
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

/** The signed-in user and, for the header's bell, how many of their notifications are unread. */
type CurrentSession = { user: CurrentUser; unread: number };
const currentSessionRow = currentUserRow.extend({ unread: z.number().int() });

/**
 * The signed-in user, or null. A session is valid only while its row exists
 * and has not expired: logging out, changing the password, being suspended or
 * deleting the account removes rows, which ends those sessions wherever their
 * cookie was copied. A suspended account counts as signed out whatever its
 * sessions. One statement (it runs for every page), cached per request: it
 * also notes when and from where the session was last used, at most every
 * SESSION_SEEN_EVERY_MINUTES, so most requests write nothing.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => (await currentSession())?.user ?? null);

/**
 * The signed-in reader's unread notifications, as the header's bell counts them (0 when
 * signed out). Counted in getCurrentUser's statement: every page shows the bell, and a
 * statement of its own cost each of them a round trip and its share of
 * the server's CPU (BENCHMARKS.md, "session 12: render CPU").
 */
export async function currentUnreadCount(): Promise<number> {
  return (await currentSession())?.unread ?? 0;
}

const currentSession = cache(async (): Promise<CurrentSession | null> => {
  const session = await readSession();
  if (!session) return null;
  const request = await headers();
  const kept = isPageLoad(request) ? keptSessions() : null;
  const known = kept?.get(session);
  if (known) return known;
  const mark = kept?.mark();
  const [row] = parseRows(currentSessionRow, await queryKeptPlan(currentSessionStatement(session, deviceFromHeaders(request))));
  if (!row) return null;
  const { unread, ...user } = row;
  const current = { user, unread };
  if (kept && mark !== undefined) kept.keep(mark, session, current);
  return current;
});

/**
 * Whether the request only loads a page. A request with a body (a form action, the cards'
 * no-JavaScript form) may write with the session it names: it reads that session afresh.
 */
function isPageLoad(request: Headers): boolean {
  return !request.has("content-type") && !request.has("next-action");
}

const KEPT_SESSIONS = Symbol.for("commons.kept-sessions");

/**
 * The session rows this process keeps between page loads (lib/auth/kept-sessions.ts), in
 * production only: `next dev` and the tests read every session, as a page did before.
 */
function keptSessions(): KeptSessions<CurrentSession> | null {
  if (process.env.NODE_ENV !== "production") return null;
  const holder = globalThis as { [KEPT_SESSIONS]?: KeptSessions<CurrentSession> };
  if (!holder[KEPT_SESSIONS]) {
    const listener = liveListener();
    const kept = new KeptSessions<CurrentSession>(listener, async (payload) => {
      await db.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${payload})`;
    });
    // A heartbeat sent before the listener listens would go unheard for a whole interval.
    void listener.start().then(() => kept.start());
    holder[KEPT_SESSIONS] = kept;
  }
  return holder[KEPT_SESSIONS];
}

/**
 * Runs a form action; afterwards, whatever it changed of its reader, this process reads afresh
 * on their next page (the other processes forget it when its signal reaches them, a moment later).
 * The reader is known before the action runs: logging out deletes the cookie.
 */
export async function forgettingKeptSession<T>(action: () => Promise<T>): Promise<T> {
  const session = await readSession();
  try {
    return await action();
  } finally {
    if (session) forgetKeptSessionsOf(session.userId);
  }
}

/** For a page load that writes to its reader's row (the notifications page's read mark): their next page reads it afresh. */
export function forgetKeptSessionsOf(userId: string): void {
  keptSessions()?.forgetUser(userId);
}

/**
 * The user whose session `session` names, while that session is valid (see
 * getCurrentUser), in one statement. With `device`, the session's last use is
 * noted too when it is older than SESSION_SEEN_EVERY_MINUTES; checks outside
 * a request of the person's (a live stream's timer) leave it alone.
 */
export async function findSessionUser(session: SessionIds, device?: SessionDevice): Promise<CurrentUser | null> {
  return parseRows(currentUserRow, await queryKeptPlan(sessionUserStatement(session, device)))[0] ?? null;
}

/** SQL: the statement of every signed-in page, currentSession's: the session's user and their unread count (`unread`). */
export function currentSessionStatement(session: SessionIds, device: SessionDevice): Prisma.Sql {
  return sessionUserStatement(session, device, unreadCountOf(Prisma.sql`u.id`));
}

/**
 * SQL: the row of findSessionUser, with `unread` (a statement answering one integer for `u`) as a
 * column of it when given. Its plan is kept (keptPlanSql): the unread count's subqueries took
 * PostgreSQL 6–12 ms to plan on every page, against under 1 ms to run (BENCHMARKS.md, "session 16").
 */
function sessionUserStatement(session: SessionIds, device?: SessionDevice, unread?: Prisma.Sql): Prisma.Sql {
  const noteLastUse = device
    ? Prisma.sql`WITH seen AS (
        UPDATE sessions SET last_seen_at = now(), ip = ${device.ip}
        WHERE id = ${session.sessionId} AND user_id = ${session.userId} AND expires_at > now()
          AND last_seen_at < now() - make_interval(mins => ${SESSION_SEEN_EVERY_MINUTES}::int)
        RETURNING id)`
    : Prisma.empty;
  return keptPlanSql(Prisma.sql`
      ${noteLastUse}
      SELECT u.id, u.username, u.display_name AS "displayName", u.avatar_key AS "avatarKey", u.role, u.theme,
             u.email_verified_at AS "emailVerifiedAt"${unread ? Prisma.sql`, (${unread}) AS unread` : Prisma.empty}
      FROM users AS u
      WHERE u.id = ${session.userId} AND ${accountRowShown("u")}
        AND EXISTS (SELECT 1 FROM sessions AS s WHERE s.id = ${session.sessionId} AND s.user_id = u.id AND s.expires_at > now())`);
}

/** The signed-in user; anyone else is sent to the login page and back to `returnTo` afterwards. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginUrl(returnTo));
  return user;
}
