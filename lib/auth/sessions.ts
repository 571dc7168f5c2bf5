import { db } from "@/lib/db";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * A new session row for `userId`, valid for as long as its cookie. The user's
 * expired rows go on the way, so the table only grows with live sessions.
 */
export async function createSession(userId: string): Promise<string> {
  const now = Date.now();
  const [, session] = await db.$transaction([
    db.session.deleteMany({ where: { userId, expiresAt: { lte: new Date(now) } } }),
    db.session.create({
      data: { userId, expiresAt: new Date(now + SESSION_MAX_AGE_SECONDS * 1000) },
      select: { id: true },
    }),
  ]);
  return session.id;
}

/** Ends one session: its cookie, wherever a copy of it is, opens nothing any more. */
export async function revokeSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}
