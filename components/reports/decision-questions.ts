import { removeQuestion, suspendQuestion } from "@/components/moderation/questions";
import type { AskedDecision, ReportTargetType } from "@/lib/reports/schema";

export const TARGET_NOUNS = { POST: "Post", COMMENT: "Comment", ACCOUNT: "Account" } as const satisfies Record<ReportTargetType, string>;

/** What comes before the @username of a reported thing's owner: "Post by", "Account". */
export function subjectLead(targetType: ReportTargetType): string {
  return targetType === "ACCOUNT" ? TARGET_NOUNS.ACCOUNT : `${TARGET_NOUNS[targetType]} by`;
}

/** A reported post, comment or account as the queue names it: "post by @ada", "account @ada". */
export function reportSubject(targetType: ReportTargetType, username: string): string {
  return `${subjectLead(targetType).toLowerCase()} @${username}`;
}

/**
 * What the queue asks before a decision that cannot be undone, about `subject`
 * ("post by @ada") of `username`'s: in a dialog with JavaScript, and as the
 * heading of the decision's confirmation page without.
 */
export function decisionQuestions(subject: string, username: string): Record<AskedDecision, string> {
  return { remove: removeQuestion(`the ${subject}`), suspend: suspendQuestion(username) };
}
