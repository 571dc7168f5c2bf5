import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Cursor, PAGE_SIZE, decodeCursor, toPageAt } from "@/lib/pagination/cursor";
import { publicUserSelect } from "@/lib/profiles/public-user";
import { REPORT_DECISIONS, REPORT_TARGETS, type ReportDecision, type ReportReasonCode, REPORT_REASONS, type ReportTargetType } from "./schema";

/** How many of a target's open reports the queue shows (oldest first); the rest are counted. */
export const REPORTS_SHOWN_PER_TARGET = 5;

const reasonCodes = Object.keys(REPORT_REASONS) as [ReportReasonCode, ...ReportReasonCode[]];

/** One post, comment or account that was reported. */
type Target = { targetType: ReportTargetType; targetId: string };

const groupRow = z.object({
  targetType: z.enum(REPORT_TARGETS),
  targetId: z.string(),
  accountId: z.string(),
  firstReportedAt: z.date(),
  reportCount: z.number().int(),
  reports: z.array(z.object({ reason: z.enum(reasonCodes), details: z.string(), reporter: z.string().nullable(), createdAt: z.coerce.date() })),
});

/**
 * The open reports grouped by what they are about, the target reported first
 * at the top, a keyset page after `cursor` (its first report's time, its id),
 * or only those about `target`. Open reports are few and
 * reports_open_created_idx holds only them.
 */
function openGroupsSql({ cursor = null, target }: { cursor?: Cursor | null; target?: Target }) {
  const after = cursor ? Prisma.sql`HAVING (min(r.created_at), r.target_id) > (${cursor.createdAt}, ${cursor.id})` : Prisma.empty;
  const about = target ? Prisma.sql`AND r.target_type = ${target.targetType}::"ReportTarget" AND r.target_id = ${target.targetId}` : Prisma.empty;
  return Prisma.sql`
    SELECT r.target_type::text AS "targetType", r.target_id AS "targetId", r.account_id AS "accountId",
           min(r.created_at) AS "firstReportedAt", count(*)::int AS "reportCount",
           to_json((array_agg(json_build_object('reason', r.reason, 'details', r.details, 'reporter', u.username, 'createdAt', r.created_at)
                              ORDER BY r.created_at, r.id))[1:${REPORTS_SHOWN_PER_TARGET}]) AS reports
    FROM reports AS r LEFT JOIN users AS u ON u.id = r.reporter_id
    WHERE r.resolved_at IS NULL ${about}
    GROUP BY r.target_type, r.target_id, r.account_id
    ${after}
    ORDER BY min(r.created_at), r.target_id
    LIMIT ${PAGE_SIZE + 1}`;
}

const reportedAccountSelect = { ...publicUserSelect, bio: true, suspendedAt: true } satisfies Prisma.UserSelect;
const reportedPostSelect = {
  id: true,
  text: true,
  contentWarning: true,
  createdAt: true,
  images: { select: { id: true, fileKey: true, width: true, height: true, alt: true }, orderBy: { position: "asc" } },
} satisfies Prisma.PostSelect;
const reportedCommentSelect = { id: true, text: true, postId: true, createdAt: true, deletedAt: true } satisfies Prisma.CommentSelect;

type ReportedAccount = Prisma.UserGetPayload<{ select: typeof reportedAccountSelect }>;
type ReportedPost = Prisma.PostGetPayload<{ select: typeof reportedPostSelect }>;
type ReportedComment = Prisma.CommentGetPayload<{ select: typeof reportedCommentSelect }>;

/**
 * One target of the queue with what it is: the content is read whether or not
 * it is hidden (its author suspended), and is null once it was deleted.
 */
export type ReportGroup = Omit<z.output<typeof groupRow>, "accountId"> & {
  account: ReportedAccount;
  post: ReportedPost | null;
  comment: ReportedComment | null;
};

/** The groups with what they are about: three reads of the targets, however many groups there are. */
async function withTargets(groups: z.output<typeof groupRow>[]): Promise<ReportGroup[]> {
  const idsOf = (type: ReportTargetType) => groups.filter((group) => group.targetType === type).map((group) => group.targetId);
  const [accounts, posts, comments] = await Promise.all([
    db.user.findMany({ where: { id: { in: groups.map((group) => group.accountId) } }, select: reportedAccountSelect }),
    db.post.findMany({ where: { id: { in: idsOf("POST") } }, select: reportedPostSelect }),
    db.comment.findMany({ where: { id: { in: idsOf("COMMENT") } }, select: reportedCommentSelect }),
  ]);
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
  const [accountById, postById, commentById] = [byId(accounts), byId(posts), byId(comments)];
  return groups.flatMap(({ accountId, ...group }): ReportGroup[] => {
    const account = accountById.get(accountId);
    // An account deleted since takes its reports with it (cascade); one read between the two goes unshown.
    if (!account) return [];
    return [{ ...group, account, post: postById.get(group.targetId) ?? null, comment: commentById.get(group.targetId) ?? null }];
  });
}

/** A page of the moderation queue for an admin (the page checks who asks). */
export async function listOpenReports(cursorToken?: string | null): Promise<{ items: ReportGroup[]; nextCursor: string | null }> {
  const page = toPageAt(parseRows(groupRow, await db.$queryRaw(openGroupsSql({ cursor: decodeCursor(cursorToken) }))), (group) => ({
    createdAt: group.firstReportedAt,
    id: group.targetId,
  }));
  return { items: await withTargets(page.items), nextCursor: page.nextCursor };
}

/** The open reports about one target as the queue shows them, for an admin (the page checks who asks); null when none is open. */
export async function findOpenReportGroup(target: Target): Promise<ReportGroup | null> {
  const [group] = await withTargets(parseRows(groupRow, await db.$queryRaw(openGroupsSql({ target }))));
  return group ?? null;
}

/**
 * The decisions the queue offers on a target's reports: removing what is still
 * there (an account cannot be removed), suspending an account that is neither
 * suspended already nor an admin's, and dismissing, always.
 */
export function offeredDecisions(group: ReportGroup): ReportDecision[] {
  const { post, comment, account } = group;
  const offered: Record<ReportDecision, boolean> = {
    remove: group.targetType === "POST" ? post !== null : group.targetType === "COMMENT" && comment !== null && comment.deletedAt === null,
    suspend: account.suspendedAt === null && account.role !== "ADMIN",
    dismiss: true,
  };
  return REPORT_DECISIONS.filter((decision) => offered[decision]);
}

const countRow = z.object({ count: z.number().int() });

/**
 * How many posts, comments and accounts the queue holds, counted to `max` at most (the header
 * shows "99+" past it), among the open reports alone (which reports_open_target_idx holds).
 */
export async function countOpenReportTargets(max: number): Promise<number> {
  const rows = await db.$queryRaw`
    SELECT count(*)::INT AS count
    FROM (SELECT DISTINCT target_type, target_id FROM reports WHERE resolved_at IS NULL LIMIT ${max}) AS open_targets`;
  return parseRows(countRow, rows)[0]?.count ?? 0;
}
