import { NotFoundMessage } from "@/components/ui/not-found-message";
import type { Removal } from "@/lib/moderation/log-queries";
import { REPORT_REASONS } from "@/lib/reports/schema";

/**
 * What the page of a post or comment that moderators removed says to its author (removalOf), in
 * place of "not here": that moderators removed it, and what it was reported as, as the removal's
 * notification says. Everyone else gets the page's neutral 404.
 */
export function RemovedContentMessage({ kind, removal }: { kind: "post" | "comment"; removal: Removal }) {
  const reported = removal.reasons.length > 0 ? `Reported as: ${removal.reasons.map((reason) => REPORT_REASONS[reason]).join(", ")}. ` : "";
  return <NotFoundMessage title={`Your ${kind} was removed by moderators`} reason={`${reported}Others see only that it isn’t here.`} />;
}
