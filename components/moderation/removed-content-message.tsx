import { NotFoundMessage } from "@/components/ui/not-found-message";
import type { ReportReason } from "@/lib/generated/prisma/enums";
import type { Removal } from "@/lib/moderation/log-queries";
import { REPORT_REASONS } from "@/lib/reports/schema";

/** The heading its author is told a removal by: the same words on its page and in its thread. */
export function removedByModerators(kind: "post" | "comment"): string {
  return `Your ${kind} was removed by moderators`;
}

/** What the reports a removal resolved called the content, as a sentence, or "" for none. */
export function reportedAs(reasons: ReportReason[]): string {
  return reasons.length > 0 ? `Reported as: ${reasons.map((reason) => REPORT_REASONS[reason]).join(", ")}. ` : "";
}

/**
 * What the page of a post or comment that moderators removed says to its author (removalOf), in
 * place of "not here": that moderators removed it, and what it was reported as, as the removal's
 * notification says. Everyone else gets the page's neutral 404.
 */
export function RemovedContentMessage({ kind, removal }: { kind: "post" | "comment"; removal: Removal }) {
  return <NotFoundMessage title={removedByModerators(kind)} reason={`${reportedAs(removal.reasons)}Others see only that it isn’t here.`} />;
}
