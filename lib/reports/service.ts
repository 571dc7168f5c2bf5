import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import * as comments from "@/lib/comments/service";
import { type Tx, db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordModeration } from "@/lib/moderation/log";
import { isAdmin } from "@/lib/moderation/permissions";
import { ADMINS_ONLY } from "@/lib/moderation/schema";
import * as moderation from "@/lib/moderation/service";
import * as posts from "@/lib/posts/service";
import { type Refusal, refusal } from "@/lib/services/refusal";
import { ALREADY_SUSPENDED, CANNOT_REMOVE_ACCOUNT, CANNOT_REPORT_YOURSELF, type NewReport, NO_OPEN_REPORTS, NOTHING_TO_REPORT, type Resolution, type ReportTargetType } from "./schema";
import { reportableAccount, reportableComment, reportablePost } from "./reportable";
import { resolveOpenReports } from "./store";
import { asCountedReport } from "@/lib/services/write-limits";

/** The account responsible for a target `reporterId` is shown: its author, or the account itself; null when it is not shown. */
async function accountBehind(targetType: ReportTargetType, targetId: string, reporterId: string): Promise<string | null> {
  switch (targetType) {
    case "POST":
      return (await db.post.findFirst({ where: { id: targetId, ...reportablePost(reporterId) }, select: { authorId: true } }))?.authorId ?? null;
    case "COMMENT":
      return (await db.comment.findFirst({ where: { id: targetId, ...reportableComment(reporterId) }, select: { authorId: true } }))?.authorId ?? null;
    case "ACCOUNT":
      return (await db.user.findFirst({ where: { id: targetId, ...reportableAccount(reporterId) }, select: { id: true } }))?.id ?? null;
  }
}

const insertedRow = z.object({ inserted: z.boolean() });

/**
 * Files `reporter`'s report of a post, comment or account they can see (not
 * their own). A second report of the same target while the first is open
 * updates it instead (reports_open_once_key): the queue keeps its place and
 * counts the reporter once. Answers whether it was a repeat.
 */
export function createReport(reporter: CurrentUser, input: NewReport): Promise<{ ok: true; repeated: boolean } | Refusal> {
  return asCountedReport(reporter.id, () => fileReport(reporter, input));
}

async function fileReport(reporter: CurrentUser, input: NewReport): Promise<{ ok: true; repeated: boolean } | Refusal> {
  const accountId = await accountBehind(input.targetType, input.targetId, reporter.id);
  if (accountId === null) return refusal(NOTHING_TO_REPORT);
  if (accountId === reporter.id) return refusal(CANNOT_REPORT_YOURSELF);
  // One statement: two reports sent at once still leave one row.
  const rows = await db.$queryRaw(Prisma.sql`
    INSERT INTO reports (id, reporter_id, target_type, target_id, account_id, reason, details)
    VALUES (replace(gen_random_uuid()::text, '-', ''), ${reporter.id}, ${input.targetType}::"ReportTarget", ${input.targetId},
            ${accountId}, ${input.reason}::"ReportReason", ${input.details})
    ON CONFLICT (reporter_id, target_type, target_id) WHERE resolved_at IS NULL
    DO UPDATE SET reason = EXCLUDED.reason, details = EXCLUDED.details
    RETURNING (xmax = 0) AS inserted`);
  const [row] = parseRows(insertedRow, rows);
  return { ok: true, repeated: !row?.inserted };
}

/**
 * An admin's answer to the open reports about one target: remove the content,
 * suspend the account behind it, or dismiss them. Removal and suspension go
 * through their own services, which resolve the reports and write the log in
 * their transaction; a dismissal does both here, in one.
 */
export async function resolveReports(admin: CurrentUser, input: Resolution): Promise<{ ok: true } | Refusal> {
  if (!isAdmin(admin)) return refusal(ADMINS_ONLY);
  const about = { targetType: input.targetType, targetId: input.targetId };
  const open = await db.report.findFirst({ where: { ...about, resolvedAt: null }, select: { account: { select: { id: true, username: true, suspendedAt: true } } } });
  if (!open) return refusal(NO_OPEN_REPORTS);

  switch (input.decision) {
    case "remove":
      if (input.targetType === "ACCOUNT") return refusal(CANNOT_REMOVE_ACCOUNT);
      return input.targetType === "POST"
        ? posts.deletePost(admin, { postId: input.targetId })
        : okOr(await comments.deleteComment(admin, { commentId: input.targetId }));
    case "suspend":
      // Suspending resolves the reports about the account; an account already suspended has nothing left to resolve that way.
      if (open.account.suspendedAt) return refusal(ALREADY_SUSPENDED);
      return moderation.suspendUser(admin, { userId: open.account.id });
    case "dismiss": {
      const dismissed = await db.$transaction(async (tx) => {
        const resolved = await resolveOpenReports(tx, about, "DISMISSED", admin.id);
        if (resolved.length > 0) {
          const account = { id: open.account.id, username: open.account.username };
          const excerpt = await reportedText(tx, about);
          await recordModeration(tx, { action: "REPORTS_DISMISSED", actorId: admin.id, targetId: input.targetId, account, excerpt, resolved });
        }
        return resolved.length;
      });
      return dismissed > 0 ? { ok: true } : refusal(NO_OPEN_REPORTS);
    }
  }
}

/** The reported post's or comment's text, which the log quotes as it quotes a removed one; "" for an account. */
async function reportedText(tx: Tx, { targetType, targetId }: { targetType: ReportTargetType; targetId: string }): Promise<string> {
  if (targetType === "POST") return (await tx.post.findUnique({ where: { id: targetId }, select: { text: true } }))?.text ?? "";
  if (targetType === "COMMENT") return (await tx.comment.findUnique({ where: { id: targetId }, select: { text: true } }))?.text ?? "";
  return "";
}

function okOr(result: { ok: true } | Refusal): { ok: true } | Refusal {
  return result.ok ? { ok: true } : result;
}
