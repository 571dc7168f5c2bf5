import Link from "next/link";
import { ContentWarning } from "@/components/posts/content-warning";
import { PostImages } from "@/components/posts/post-images";
import { FullTimestamp } from "@/components/ui/full-timestamp";
import { IntentLink } from "@/components/ui/intent-link";
import { type ReportGroup, offeredDecisions } from "@/lib/reports/queries";
import { REPORT_REASONS } from "@/lib/reports/schema";
import { commentHref, postHref, profileHref } from "@/lib/routes";
import { reportSubject, subjectLead } from "./decision-questions";
import { ResolveButtons } from "./resolve-buttons";

/** Where the moderator reads the reported content in context: the post's page, or the comment's own thread page. */
function ContextLink({ href, children }: { href: string; children: string }) {
  return (
    <IntentLink href={href} className="text-sm text-sky-700 underline dark:text-sky-400">
      {children}
    </IntentLink>
  );
}

/** What was reported, as it is now: shown even when hidden by a suspension; a notice once deleted. */
export function ReportedContent({ group }: { group: ReportGroup }) {
  const { post, comment, account } = group;
  // No page shows a suspended author's content, so no link leads there.
  const shown = account.suspendedAt === null;
  if (group.targetType === "POST") {
    if (!post) return <p className="text-zinc-600 dark:text-zinc-400">This post was deleted.</p>;
    return (
      <>
        <ContentWarning warning={post.contentWarning}>
          {post.text && <p className="user-text">{post.text}</p>}
          <PostImages images={post.images} />
        </ContentWarning>
        {shown && (
          <p className="mt-1">
            <ContextLink href={postHref(post.id)}>Open the post</ContextLink>
          </p>
        )}
      </>
    );
  }
  if (group.targetType === "COMMENT") {
    // A comment gone without a trace may also have gone with its post (deleted, or removed by moderators).
    if (!comment || comment.deletedAt) return <p className="text-zinc-600 dark:text-zinc-400">{comment ? "This comment was deleted." : "This comment was deleted, or went with its post."}</p>;
    return (
      <p className="user-text">
        {comment.text} {shown && <ContextLink href={commentHref(comment.postId, comment.id)}>Open the comment in its thread</ContextLink>}
      </p>
    );
  }
  return (
    <p>
      <bdi className="font-semibold">{account.displayName}</bdi>
      {account.bio && <span className="block text-zinc-700 dark:text-zinc-300">{account.bio}</span>}
    </p>
  );
}

/**
 * One reported post, comment or account in the queue: what it is, who reported
 * it and why, and the admin's answers. Its heading takes the focus when a
 * decision takes a neighbouring report off the page (ReportQueue). `queueCursor`: the queue's
 * page it is on, which a decision's confirmation page goes back to.
 */
export function ReportGroupCard({ group, queueCursor }: { group: ReportGroup; queueCursor?: string }) {
  const { account } = group;
  const subject = reportSubject(group.targetType, account.username);
  return (
    <article aria-label={`Reports of the ${subject}`} className="border-b border-zinc-200 py-4 dark:border-zinc-800">
      <h2 tabIndex={-1} className="text-base font-semibold">
        {subjectLead(group.targetType)}{" "}
        <Link href={profileHref(account.username)} className="text-sky-700 underline dark:text-sky-400">
          @{account.username}
        </Link>
        {account.suspendedAt && <span className="ml-2 text-sm font-normal text-rose-700 dark:text-rose-400">(suspended: hidden from everyone)</span>}
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {group.reportCount} {group.reportCount === 1 ? "report" : "reports"}, first <FullTimestamp date={group.firstReportedAt} />
      </p>
      <div className="mt-2 rounded-xl bg-zinc-50 p-3 dark:bg-zinc-900">
        <ReportedContent group={group} />
      </div>
      <ul className="mt-2 space-y-1 text-sm">
        {group.reports.map((report) => (
          <li key={`${report.reporter ?? ""}-${report.createdAt.toISOString()}`}>
            <span className="font-medium">{REPORT_REASONS[report.reason]}</span> from{" "}
            {report.reporter === null ? "an account since deleted" : `@${report.reporter}`}
            {report.details && <span className="block whitespace-pre-wrap break-words text-zinc-700 dark:text-zinc-300">“{report.details}”</span>}
          </li>
        ))}
      </ul>
      <ResolveButtons
        targetType={group.targetType}
        targetId={group.targetId}
        decisions={offeredDecisions(group)}
        subject={subject}
        username={account.username}
        queueCursor={queueCursor}
      />
    </article>
  );
}
