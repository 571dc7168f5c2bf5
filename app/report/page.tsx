import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportForm, ReportSent } from "@/components/reports/report-form";
import { Confirmation, ConfirmationQuote, confirmationTextStyle } from "@/components/ui/confirmation";
import { requireUser } from "@/lib/auth/current-user";
import { REPORT_SENT_MESSAGES } from "@/lib/reports/schema";
import { reportTargetOf } from "@/lib/reports/target";
import { REPORT_OUTCOMES } from "@/lib/routes";

export const metadata: Metadata = { title: "Report" };

const NOUN = { POST: "post", COMMENT: "comment", ACCOUNT: "account" } as const;

// /report?post=<id> (or comment=, account=): the report form, for anyone signed in.
// A target that cannot be seen, or one's own, gets a 404.
export default async function ReportPage({ searchParams }: PageProps<"/report">) {
  const query = await searchParams;
  const viewer = await requireUser(`/report?${new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])))}`);
  const target = await reportTargetOf(query, viewer.id);
  if (!target || target.authorId === viewer.id) notFound();
  // Where the form sent without JavaScript leads (lib/reports/actions.ts): what it says in place of the form with JavaScript.
  const sent = REPORT_OUTCOMES.find((outcome) => outcome === query.sent);
  return (
    <Confirmation title={`Report this ${NOUN[target.targetType]}`}>
      <p className={confirmationTextStyle}>
        The moderators see your report, not the person you report. Reporting it again updates your report.
      </p>
      <ConfirmationQuote byline={target.byline}>
        <p className="user-text">{target.text}</p>
      </ConfirmationQuote>
      {sent ? (
        <ReportSent message={REPORT_SENT_MESSAGES[sent]} back={target.back} />
      ) : (
        <ReportForm targetType={target.targetType} targetId={target.targetId} back={target.back} />
      )}
    </Confirmation>
  );
}
