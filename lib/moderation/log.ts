import type { CurrentUser } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/db";
import type { ModerationAction } from "@/lib/generated/prisma/client";
import { ReportReason } from "@/lib/generated/prisma/enums";
import { type ReportedComment, type ResolvedReport, resolveOpenReports } from "@/lib/reports/store";
import { cutToCodeUnits } from "@/lib/validation/text";
import { isAdmin } from "./permissions";

/** How much of a removed post's or comment's text the log keeps. */
export const LOG_EXCERPT_LENGTH = 200;

export type ModerationEntry = {
  action: ModerationAction;
  actorId: string;
  targetId: string;
  account: { id: string; username: string };
  excerpt?: string;
  /** The open reports the action resolved. */
  resolved?: ResolvedReport[];
};

/** The reasons in the order of the enum, which is the report form's. */
const REASON_ORDER = Object.values(ReportReason);

/** The reasons `resolved` reports gave, each once, in the report form's order. */
export function reasonsGiven(resolved: readonly ResolvedReport[]): ReportReason[] {
  return REASON_ORDER.filter((reason) => resolved.some((report) => report.reason === reason));
}

/**
 * Tells each reporter of `resolved` what was decided, by a line on their notifications page that
 * reads the decision from its log entry (migration 20261208000100_notify_report_outcomes): once
 * each, and not the admin who decided, nor the account concerned (told otherwise, if at all).
 */
async function notifyReporters(tx: Tx, entry: { id: string; createdAt: Date }, resolved: readonly ResolvedReport[], skip: readonly string[]): Promise<void> {
  const reporters = new Set(resolved.map((report) => report.reporterId).filter((id): id is string => id !== null && !skip.includes(id)));
  // The UTC day, as notification_day() makes it for the other kinds.
  const day = new Date(entry.createdAt.toISOString().slice(0, 10));
  await tx.notificationGroup.createMany({
    data: [...reporters].map((recipientId) => ({
      recipientId,
      kind: "REPORT_OUTCOME" as const,
      targetId: entry.id,
      moderationId: entry.id,
      day,
      actorCount: 1,
      latestAt: entry.createdAt,
    })),
  });
}

/** Writes one entry of the moderation log; always inside the transaction of the action it records. */
export async function recordModeration(tx: Tx, entry: ModerationEntry): Promise<void> {
  const resolved = entry.resolved ?? [];
  const logged = await tx.moderationLogEntry.create({
    data: {
      action: entry.action,
      actorId: entry.actorId,
      targetId: entry.targetId,
      accountId: entry.account.id,
      username: entry.account.username,
      excerpt: cutToCodeUnits(entry.excerpt ?? "", LOG_EXCERPT_LENGTH),
      reportsResolved: resolved.length,
      reasons: reasonsGiven(resolved),
    },
    select: { id: true, createdAt: true },
  });
  await notifyReporters(tx, logged, resolved, [entry.actorId, entry.account.id]);
}

type Removed = {
  kind: "post" | "comment";
  id: string;
  text: string;
  author: { id: string; username: string };
  /** A post's comments that open reports were about, gone with it (reportedCommentsUnder). */
  reportedComments?: ReportedComment[];
};

/**
 * After `user` deleted a post or comment, in the same transaction: when an
 * admin did, the open reports about it are resolved, and when it was someone
 * else's, the log records the removal, and its author is notified of it (a
 * trigger on the log: migration 20261207200100_notify_removals). People deleting
 * their own (or comments under their own posts) are not moderation and leave no entry.
 */
export async function recordRemoval(tx: Tx, user: CurrentUser, removed: Removed): Promise<void> {
  if (!isAdmin(user)) return;
  const resolved = await resolveOpenReports(tx, { targetType: removed.kind === "post" ? "POST" : "COMMENT", targetId: removed.id }, "REMOVED", user.id);
  const byModerator = removed.author.id !== user.id;
  if (byModerator) {
    await recordModeration(tx, {
      action: removed.kind === "post" ? "POST_REMOVED" : "COMMENT_REMOVED",
      actorId: user.id,
      targetId: removed.id,
      account: removed.author,
      excerpt: removed.text,
      resolved,
    });
  }
  // The queue has nothing left to decide about reported comments gone with their post. When a
  // moderator removed it, each such comment gets its own entry, as if removed alone: its
  // reporters hear the outcome, its author is told.
  for (const comment of removed.reportedComments ?? []) {
    const commentReports = await resolveOpenReports(tx, { targetType: "COMMENT", targetId: comment.id }, "REMOVED", user.id);
    if (!byModerator || comment.author === null || comment.author.id === user.id) continue;
    await recordModeration(tx, {
      action: "COMMENT_REMOVED",
      actorId: user.id,
      targetId: comment.id,
      account: comment.author,
      excerpt: comment.text,
      resolved: commentReports,
    });
  }
}
