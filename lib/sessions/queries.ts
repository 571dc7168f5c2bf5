import { db } from "@/lib/db";
import { describeUserAgent } from "./user-agent";

export type SessionRow = {
  id: string;
  device: string;
  /** What the page calls it: its `device`, numbered ("Safari on iOS, 2 of 3") among that device's sessions where two of them read alike (`readsAlike`). */
  name: string;
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
  const sessions = namedApart(rows.map(({ userAgent, ...row }) => ({ ...row, device: describeUserAgent(userAgent), current: row.id === currentSessionId })));
  return [...sessions.filter((row) => row.current), ...sessions.filter((row) => !row.current)];
}

/**
 * What tells two rows apart on the page: the device, the minute it logged in (shown to the
 * minute) and the address. Time zones move whole minutes, so one minute in UTC is one for every reader.
 */
function readsAlike(session: Omit<SessionRow, "name">): string {
  return JSON.stringify([session.device, Math.floor(session.createdAt.getTime() / 60_000), session.ip]);
}

/**
 * Names each session by its device. Where two sessions of a device would read alike, every session
 * of that device is numbered in the order they logged in ("Chrome on Linux, 3 of 4"), so that no
 * two rows, nor their "Log out" buttons, have one name for two sessions: numbered only within each
 * alike pair, two pairs of one device read "1 of 2", "2 of 2" twice.
 */
function namedApart(sessions: Omit<SessionRow, "name">[]): SessionRow[] {
  const byDevice = new Map<string, Omit<SessionRow, "name">[]>();
  for (const session of sessions) byDevice.set(session.device, [...(byDevice.get(session.device) ?? []), session]);
  const numbers = new Map<string, string>();
  for (const group of byDevice.values()) {
    if (new Set(group.map(readsAlike)).size === group.length) continue;
    const inLoginOrder = group.toSorted((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
    inLoginOrder.forEach((session, index) => numbers.set(session.id, `, ${index + 1} of ${group.length}`));
  }
  return sessions.map((session) => ({ ...session, name: `${session.device}${numbers.get(session.id) ?? ""}` }));
}
