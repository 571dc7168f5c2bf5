import type { Tx } from "@/lib/db";
import type { ReportReason, ReportResolution } from "@/lib/generated/prisma/client";
import type { ReportTargetType } from "./schema";

/** Which open reports an action answers: those about one post, comment or account, or everything about an account. */
export type ReportsAbout = { targetType: ReportTargetType; targetId: string } | { accountId: string };

/**
 * Marks the open reports `about` as resolved by `resolverId` with `resolution`,
 * in the action's own transaction, and answers their reasons, one per report (the
 * moderation log keeps how many there were and why). Resolved reports leave the
 * queue; a new report of the same target opens a new one.
 */
export async function resolveOpenReports(tx: Tx, about: ReportsAbout, resolution: ReportResolution, resolverId: string): Promise<ReportReason[]> {
  const resolved = await tx.report.updateManyAndReturn({
    where: { ...about, resolvedAt: null },
    data: { resolvedAt: new Date(), resolvedById: resolverId, resolution },
    select: { reason: true },
  });
  return resolved.map((report) => report.reason);
}
