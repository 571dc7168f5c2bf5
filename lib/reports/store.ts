import { z } from "zod";
import type { Tx } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import type { ReportReason, ReportResolution } from "@/lib/generated/prisma/client";
import type { ReportTargetType } from "./schema";

/** Which open reports an action answers: those about one post, comment or account (or several of one kind), or everything about an account. */
export type ReportsAbout = { targetType: ReportTargetType; targetId: string | { in: string[] } } | { accountId: string };

/** A comment under a post that open reports are about, as the moderation log names it. */
export type ReportedComment = { id: string; text: string; author: { id: string; username: string } | null };

const reportedCommentRow = z.object({ id: z.string(), text: z.string(), authorId: z.string().nullable(), username: z.string().nullable() });

/**
 * The comments under `postId` that open reports are about, read before the post is deleted: its
 * comments go with it, and a report keeps only the comment's id, which nothing finds afterwards.
 */
export async function reportedCommentsUnder(tx: Tx, postId: string): Promise<ReportedComment[]> {
  // From the few open reports (reports_open_target_idx), not from every comment of the post.
  const rows = await tx.$queryRaw`
    SELECT DISTINCT c.id, c.text, c.author_id AS "authorId", u.username
    FROM reports AS r JOIN comments AS c ON c.id = r.target_id LEFT JOIN users AS u ON u.id = c.author_id
    WHERE r.target_type = 'COMMENT' AND r.resolved_at IS NULL AND c.post_id = ${postId}`;
  return parseRows(reportedCommentRow, rows).map(({ id, text, authorId, username }) => ({
    id,
    text,
    author: authorId !== null && username !== null ? { id: authorId, username } : null,
  }));
}

/** A report an action resolved: why it was filed, and by whom (null once the reporter deleted their account). */
export type ResolvedReport = { reason: ReportReason; reporterId: string | null };

/**
 * Marks the open reports `about` as resolved by `resolverId` with `resolution`,
 * in the action's own transaction, and answers them, one per report (the moderation
 * log keeps how many there were and why, and tells their reporters). Resolved reports
 * leave the queue; a new report of the same target opens a new one.
 */
export async function resolveOpenReports(tx: Tx, about: ReportsAbout, resolution: ReportResolution, resolverId: string): Promise<ResolvedReport[]> {
  return tx.report.updateManyAndReturn({
    where: { ...about, resolvedAt: null },
    data: { resolvedAt: new Date(), resolvedById: resolverId, resolution },
    select: { reason: true, reporterId: true },
  });
}
