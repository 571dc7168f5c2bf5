import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma, ReportReason } from "@/lib/generated/prisma/client";
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

/** A moderator's removal of someone's post or comment, as its author is told of it: what it resolved reports of. */
export type Removal = { reasons: ReportReason[] };

/**
 * Moderators' removal of the post or comment `targetId` written by `authorId`, or null: what a
 * page that found nothing tells its author, and only its author (lib/moderation/log.ts logs
 * removals of someone else's content only). One read, through moderation_log_account_idx (an
 * author's entries are few), made only once a page has found nothing; cached for its title.
 */
export const removalOf = cache(async (authorId: string, kind: "post" | "comment", targetId: string): Promise<Removal | null> => {
  return db.moderationLogEntry.findFirst({
    where: { accountId: authorId, action: kind === "post" ? "POST_REMOVED" : "COMMENT_REMOVED", targetId },
    select: { reasons: true },
  });
});

/**
 * Which of `commentIds`, comments of `authorId` that a thread keeps as placeholders, moderators
 * removed, each with its Removal: what the thread tells that author in place of "This comment was
 * deleted". One read through moderation_log_account_idx, which a thread makes only when it shows
 * the viewer a placeholder of their own (lib/comments/removed-placeholders.ts).
 */
export async function commentRemovalsOf(authorId: string, commentIds: string[]): Promise<Map<string, Removal>> {
  if (commentIds.length === 0) return new Map();
  const entries = await db.moderationLogEntry.findMany({
    where: { accountId: authorId, action: "COMMENT_REMOVED", targetId: { in: commentIds } },
    select: { targetId: true, reasons: true },
  });
  return new Map(entries.map(({ targetId, reasons }) => [targetId, { reasons }]));
}
