import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, decodeCursor, olderThan, toPage } from "@/lib/pagination/cursor";

const logEntrySelect = {
  id: true,
  createdAt: true,
  action: true,
  targetId: true,
  username: true,
  excerpt: true,
  reportsResolved: true,
  actor: { select: { username: true } },
} satisfies Prisma.ModerationLogEntrySelect;

export type LogEntry = Prisma.ModerationLogEntryGetPayload<{ select: typeof logEntrySelect }>;

/** A page of the moderation log, newest first (moderation_log_created_idx), for an admin (the page checks who asks). */
export async function listModerationLog(cursorToken?: string | null): Promise<{ items: LogEntry[]; nextCursor: string | null }> {
  const rows = await db.moderationLogEntry.findMany({
    where: olderThan(decodeCursor(cursorToken)),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: logEntrySelect,
  });
  return toPage(rows);
}
