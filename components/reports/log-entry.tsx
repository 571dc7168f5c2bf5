import Link from "next/link";
import { FullTimestamp } from "@/components/ui/full-timestamp";
import type { LogEntry } from "@/lib/moderation/log-queries";
import { profileHref } from "@/lib/routes";

const WHAT = {
  POST_REMOVED: "removed a post by",
  COMMENT_REMOVED: "removed a comment by",
  ACCOUNT_SUSPENDED: "suspended",
  ACCOUNT_UNSUSPENDED: "lifted the suspension of",
  // Reports about the account itself or about what it wrote: the log quotes the post or comment.
  REPORTS_DISMISSED: "dismissed reports involving",
} as const;

/** One line of the moderation log: who did what to whom, when, and how many reports it resolved. */
export function LogEntryItem({ entry }: { entry: LogEntry }) {
  return (
    <li className="border-b border-zinc-200 py-3 dark:border-zinc-800">
      <p>
        <span className="font-semibold">{entry.actor ? `@${entry.actor.username}` : "A deleted admin"}</span> {WHAT[entry.action]}{" "}
        <Link href={profileHref(entry.username)} className="text-sky-700 underline dark:text-sky-400">
          @{entry.username}
        </Link>
        {entry.reportsResolved > 0 && ` (${entry.reportsResolved} ${entry.reportsResolved === 1 ? "report" : "reports"} resolved)`}
      </p>
      {entry.excerpt && <p className="mt-1 whitespace-pre-wrap break-words text-sm text-zinc-700 dark:text-zinc-300">“{entry.excerpt}”</p>}
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        <FullTimestamp date={entry.createdAt} />
      </p>
    </li>
  );
}
