import type { Metadata } from "next";
import { cache } from "react";
import { ContentWarning } from "@/components/posts/content-warning";
import { ReportForm, ReportSent } from "@/components/reports/report-form";
import { Confirmation, ConfirmationQuote, confirmationTextStyle } from "@/components/ui/confirmation";
import { PageNotFound } from "@/components/ui/not-found-pages";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { missingPage } from "@/lib/navigation/missing-page";
import { REPORT_SENT_MESSAGES } from "@/lib/reports/schema";
import { reportTargetOf } from "@/lib/reports/target";
import { REPORT_OUTCOMES } from "@/lib/routes";

type QueryValue = string | string[] | undefined;

/** What ?post=, ?comment= or ?account= names, when the viewer may report it (shown, not their own), else null: asked once for the page and its title. */
const reportableTarget = cache(async (post: QueryValue, comment: QueryValue, account: QueryValue) => {
  const viewer = await getCurrentUser();
  const target = viewer && (await reportTargetOf({ post, comment, account }, viewer.id));
  return target && target.authorId !== viewer.id ? target : null;
});

export async function generateMetadata({ searchParams }: PageProps<"/report">): Promise<Metadata> {
  const query = await searchParams;
  return { title: (await reportableTarget(query.post, query.comment, query.account)) ? "Report" : "Page not found" };
}

const NOUN = { POST: "post", COMMENT: "comment", ACCOUNT: "account" } as const;

// /report?post=<id> (or comment=, account=): the report form, for anyone signed in.
// A target that cannot be seen, or one's own, gets a 404.
export default async function ReportPage({ searchParams }: PageProps<"/report">) {
  const query = await searchParams;
  await requireUser(`/report?${new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])))}`);
  const target = await reportableTarget(query.post, query.comment, query.account);
  if (!target) return missingPage(<PageNotFound />);
  // Where the form sent without JavaScript leads (lib/reports/actions.ts): what it says in place of the form with JavaScript.
  const sent = REPORT_OUTCOMES.find((outcome) => outcome === query.sent);
  return (
    <Confirmation title={`Report this ${NOUN[target.targetType]}`}>
      <p className={confirmationTextStyle}>
        The moderators see your report, not the person you report. Reporting it again updates your report.
      </p>
      <ConfirmationQuote byline={target.byline}>
        <ContentWarning warning={target.contentWarning}>
          <p className="user-text">{target.text}</p>
        </ContentWarning>
      </ConfirmationQuote>
      {sent ? (
        <ReportSent message={REPORT_SENT_MESSAGES[sent]} back={target.back} />
      ) : (
        <ReportForm targetType={target.targetType} targetId={target.targetId} back={target.back} />
      )}
    </Confirmation>
  );
}
