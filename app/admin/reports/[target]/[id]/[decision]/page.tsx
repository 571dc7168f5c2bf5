import type { Metadata } from "next";
import { cache } from "react";
import { TARGET_NOUNS, decisionQuestions, reportSubject } from "@/components/reports/decision-questions";
import { ReportedContent } from "@/components/reports/report-group";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { Confirmation, ConfirmationQuote } from "@/components/ui/confirmation";
import { PageNotFound } from "@/components/ui/not-found-pages";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/moderation/permissions";
import { missingPage } from "@/lib/navigation/missing-page";
import { cursorParam } from "@/lib/pagination/cursor";
import { resolveReports } from "@/lib/reports/actions";
import { findOpenReportGroup, offeredDecisions } from "@/lib/reports/queries";
import { type AskedDecision, decisionPageSchema, queueCursor } from "@/lib/reports/schema";
import { adminReportsHref, reportDecisionHref } from "@/lib/routes";

/** The open reports and the decision the address asks for, when the viewer is an admin and the queue offers it there, else null: asked once for the page and its title. */
const askedDecision = cache(async (target: string, id: string, decision: string) => {
  const parsed = decisionPageSchema.safeParse({ target, id, decision });
  if (!parsed.success || !isAdmin(await getCurrentUser())) return null;
  const group = await findOpenReportGroup({ targetType: parsed.data.target, targetId: parsed.data.id });
  return group && offeredDecisions(group).includes(parsed.data.decision) ? group : null;
});

export async function generateMetadata({ params }: PageProps<"/admin/reports/[target]/[id]/[decision]">): Promise<Metadata> {
  const { target, id, decision } = await params;
  return { title: (await askedDecision(target, id, decision)) ? "Resolve reports" : "Page not found" };
}

// Served at /admin/reports/<post|comment|account>/<id>/<remove|suspend>: where
// the queue's Remove and Suspend lead without JavaScript. Anyone but an admin,
// an address naming no open reports, and a decision the queue does not offer
// there (removing an account, suspending an admin) get a 404. `?cursor=`: the queue's page it came from.
export default async function ReportDecisionPage({ params, searchParams }: PageProps<"/admin/reports/[target]/[id]/[decision]">) {
  const asked = await params;
  const parsed = decisionPageSchema.safeParse(asked);
  if (!parsed.success) return missingPage(<PageNotFound />);
  const { target: targetType, id: targetId, decision } = parsed.data;
  // The queue's page the decision was asked from: Cancel and the decision go back to it.
  const cursor = queueCursor.parse(cursorParam(await searchParams) ?? "");
  await requireUser(reportDecisionHref(targetType, targetId, decision, cursor));
  const group = await askedDecision(asked.target, asked.id, asked.decision);
  if (!group) return missingPage(<PageNotFound />);
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
