import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportForm } from "@/components/reports/report-form";
import { Confirmation, ConfirmationQuote, confirmationTextStyle } from "@/components/ui/confirmation";
import { requireUser } from "@/lib/auth/current-user";
import { reportTargetOf } from "@/lib/reports/target";

export const metadata: Metadata = { title: "Report" };

const NOUN = { POST: "post", COMMENT: "comment", ACCOUNT: "account" } as const;

// /report?post=<id> (or comment=, account=): the report form, for anyone signed in.
// A target that cannot be seen, or one's own, gets a 404.
export default async function ReportPage({ searchParams }: PageProps<"/report">) {
  const query = await searchParams;
  const viewer = await requireUser(`/report?${new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])))}`);
  const target = await reportTargetOf(query, viewer.id);
  if (!target || target.authorId === viewer.id) notFound();
  return (
    <Confirmation title={`Report this ${NOUN[target.targetType]}`}>
      <p className={confirmationTextStyle}>
        The moderators see your report, not the person you report. Reporting it again updates your report.
      </p>
      <ConfirmationQuote byline={target.byline}>
        <p className="user-text">{target.text}</p>
      </ConfirmationQuote>
      <ReportForm targetType={target.targetType} targetId={target.targetId} back={target.back} />
    </Confirmation>
  );
}
