import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TARGET_NOUNS, decisionQuestions, reportSubject } from "@/components/reports/decision-questions";
import { ReportedContent } from "@/components/reports/report-group";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { Confirmation, ConfirmationQuote } from "@/components/ui/confirmation";
import { requireUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/moderation/permissions";
import { cursorParam } from "@/lib/pagination/cursor";
import { resolveReports } from "@/lib/reports/actions";
import { findOpenReportGroup, offeredDecisions } from "@/lib/reports/queries";
import { type AskedDecision, decisionPageSchema, queueCursor } from "@/lib/reports/schema";
import { adminReportsHref, reportDecisionHref } from "@/lib/routes";

export const metadata: Metadata = { title: "Resolve reports" };

// Served at /admin/reports/<post|comment|account>/<id>/<remove|suspend>: where
// the queue's Remove and Suspend lead without JavaScript. Anyone but an admin,
// an address naming no open reports, and a decision the queue does not offer
// there (removing an account, suspending an admin) get a 404. `?cursor=`: the queue's page it came from.
export default async function ReportDecisionPage({ params, searchParams }: PageProps<"/admin/reports/[target]/[id]/[decision]">) {
  const parsed = decisionPageSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { target: targetType, id: targetId, decision } = parsed.data;
  // The queue's page the decision was asked from: Cancel and the decision go back to it.
  const cursor = queueCursor.parse(cursorParam(await searchParams) ?? "");
  const viewer = await requireUser(reportDecisionHref(targetType, targetId, decision, cursor));
  if (!isAdmin(viewer)) notFound();
  const group = await findOpenReportGroup({ targetType, targetId });
  if (!group || !offeredDecisions(group).includes(decision)) notFound();
  const { account } = group;
  const subject = reportSubject(targetType, account.username);
  const labels: Record<AskedDecision, { idle: string; pending: string }> = {
    remove: { idle: `Remove ${TARGET_NOUNS[targetType].toLowerCase()}`, pending: "Removing…" },
    suspend: { idle: "Suspend account", pending: "Suspending…" },
  };

  return (
    <Confirmation title={decisionQuestions(subject, account.username)[decision]}>
      <ConfirmationQuote byline={targetType === "ACCOUNT" ? `@${account.username}` : `${TARGET_NOUNS[targetType]} by @${account.username}`}>
        <ReportedContent group={group} />
      </ConfirmationQuote>
      <ConfirmForm
        action={resolveReports}
        fields={{ targetType, targetId, decision, returnTo: "queue", cursor }}
        label={labels[decision]}
        cancelHref={adminReportsHref(cursor)}
      />
    </Confirmation>
  );
}
