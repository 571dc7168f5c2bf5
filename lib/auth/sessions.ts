import { db } from "@/lib/db";
import type { SessionDevice } from "./device";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * A new session row for `userId` on `device`, valid for as long as its cookie.
 * The user's expired rows go on the way, so the table only grows with live sessions.
 */
export async function createSession(userId: string, device: SessionDevice): Promise<string> {
  const now = Date.now();
  const [, session] = await db.$transaction([
    db.session.deleteMany({ where: { userId, expiresAt: { lte: new Date(now) } } }),
    db.session.create({
      data: { userId, expiresAt: new Date(now + SESSION_MAX_AGE_SECONDS * 1000), userAgent: device.userAgent, ip: device.ip },
      select: { id: true },
    }),
  ]);
  return session.id;
}

/** Ends one session: its cookie, wherever a copy of it is, opens nothing any more. */
export async function revokeSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}
