import { db } from "@/lib/db";
import { describeUserAgent } from "./user-agent";

export type SessionRow = {
  id: string;
  device: string;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
};

/**
 * `userId`'s live sessions for the sessions page, the one in use
 * (`currentSessionId`) first, then the most recently used. A person has a
 * handful, so one statement through sessions_user_expires_idx and a sort of those.
 */
export async function listSessions(userId: string, currentSessionId: string | null): Promise<SessionRow[]> {
  const rows = await db.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
  });
  const sessions = rows.map(({ userAgent, ...row }) => ({ ...row, device: describeUserAgent(userAgent), current: row.id === currentSessionId }));
  return [...sessions.filter((row) => row.current), ...sessions.filter((row) => !row.current)];
}
