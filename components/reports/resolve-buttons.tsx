"use client";

import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { InlineError } from "@/components/ui/inline-error";
import { resolveReports } from "@/lib/reports/actions";
import { ASKED_DECISIONS, DECISION_DONE, type AskedDecision, type ReportDecision, type ReportTargetType } from "@/lib/reports/schema";
import { reportDecisionHref } from "@/lib/routes";
import { decisionQuestions } from "./decision-questions";
import { useFormAction } from "@/components/ui/unanswered-request";

const buttonStyle =
  "rounded-full border border-zinc-300 px-4 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800";
const dangerStyle =
  "rounded-full border border-rose-300 px-4 py-1.5 text-sm font-medium text-rose-800 hover:bg-rose-50 disabled:opacity-60 dark:border-rose-800 dark:text-rose-300 dark:hover:bg-rose-950";

const LABELS: Record<AskedDecision, { idle: string; pending: string }> = {
  remove: { idle: "Remove", pending: "Removing…" },
  suspend: { idle: "Suspend account", pending: "Suspending…" },
};

type ResolveButtonsProps = {
  targetType: ReportTargetType;
  targetId: string;
  /** The decisions offered on this target (offeredDecisions). */
  decisions: readonly ReportDecision[];
  /** The reported thing, as "post by @ada". */
  subject: string;
  /** Whose it is. */
  username: string;
  /** The queue's page they are on, which a confirmation page goes back to. */
  queueCursor?: string;
};

/**
 * An admin's answers to a target's reports. Remove and Suspend ask first, as
 * they do on cards and profiles: in place with JavaScript, on the decision's
 * confirmation page without. Dismissing takes nothing away and asks nothing.
 */
export function ResolveButtons({ targetType, targetId, decisions, subject, username, queueCursor }: ResolveButtonsProps) {
  const questions = decisionQuestions(subject, username);
  const ariaLabels: Record<ReportDecision, string> = {
    remove: `Remove ${subject}`,
    suspend: targetType === "ACCOUNT" ? `Suspend ${subject}` : `Suspend account behind ${subject}`,
    dismiss: `Dismiss the reports of ${subject}`,
  };
  return (
    <div className="mt-3 flex flex-wrap items-start gap-2">
      {ASKED_DECISIONS.filter((decision) => decisions.includes(decision)).map((decision) => (
        <ConfirmedActionButton
          key={decision}
          action={resolveReports}
          fields={{ targetType, targetId, decision }}
          confirmHref={reportDecisionHref(targetType, targetId, decision, queueCursor)}
          question={questions[decision]}
          label={LABELS[decision]}
          ariaLabel={ariaLabels[decision]}
          className={dangerStyle}
          said={DECISION_DONE[decision]}
        />
      ))}
      {decisions.includes("dismiss") && <DismissButton targetType={targetType} targetId={targetId} ariaLabel={ariaLabels.dismiss} />}
    </div>
  );
}

function DismissButton({ targetType, targetId, ariaLabel }: { targetType: ReportTargetType; targetId: string; ariaLabel: string }) {
  const [state, dispatch, pending] = useFormAction(resolveReports, null);
  return (
    <form action={dispatch} data-said={DECISION_DONE.dismiss}>
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <input type="hidden" name="decision" value="dismiss" />
      <button type="submit" disabled={pending} className={buttonStyle} aria-label={ariaLabel}>
        Dismiss
      </button>
      <InlineError state={state} />
    </form>
  );
}
