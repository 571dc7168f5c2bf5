"use client";

import { type FormEvent, useActionState } from "react";
import { removeQuestion, suspendQuestion } from "@/components/moderation/questions";
import { FormMessage } from "@/components/ui/form-message";
import { resolveReports } from "@/lib/reports/actions";
import { ASKED_DECISIONS, type AskedDecision, type ReportTargetType } from "@/lib/reports/schema";

const buttonStyle =
  "rounded-full border border-zinc-300 px-4 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800";
const dangerStyle =
  "rounded-full border border-rose-300 px-4 py-1.5 text-sm font-medium text-rose-800 hover:bg-rose-50 disabled:opacity-60 dark:border-rose-800 dark:text-rose-300 dark:hover:bg-rose-950";

type ResolveButtonsProps = {
  targetType: ReportTargetType;
  targetId: string;
  canRemove: boolean;
  canSuspend: boolean;
  /** The reported thing, as "post by @ada". */
  subject: string;
  /** Whose it is. */
  username: string;
};

/**
 * An admin's answers to a target's reports, one form whose buttons each send
 * their decision (the pressed button's value), with or without JavaScript.
 * With it, Remove and Suspend ask first, as they do on cards and profiles.
 */
export function ResolveButtons({ targetType, targetId, canRemove, canSuspend, subject, username }: ResolveButtonsProps) {
  const [state, dispatch, pending] = useActionState(resolveReports, null);
  const questions: Record<AskedDecision, string> = { remove: removeQuestion(`the ${subject}`), suspend: suspendQuestion(username) };

  // A prevented submit is one React's form action leaves alone.
  function askFirst(event: FormEvent<HTMLFormElement>) {
    const pressed = event.nativeEvent instanceof SubmitEvent ? event.nativeEvent.submitter?.getAttribute("value") : null;
    const decision = ASKED_DECISIONS.find((asked) => asked === pressed);
    if (decision && !window.confirm(questions[decision])) event.preventDefault();
  }

  return (
    <form action={dispatch} onSubmit={askFirst} className="mt-3 space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <div className="flex flex-wrap gap-2">
        {canRemove && (
          <button type="submit" name="decision" value="remove" disabled={pending} className={dangerStyle} aria-label={`Remove ${subject}`}>
            Remove
          </button>
        )}
        {canSuspend && (
          <button type="submit" name="decision" value="suspend" disabled={pending} className={dangerStyle} aria-label={`Suspend the account behind ${subject}`}>
            Suspend account
          </button>
        )}
        <button type="submit" name="decision" value="dismiss" disabled={pending} className={buttonStyle} aria-label={`Dismiss the reports of ${subject}`}>
          Dismiss
        </button>
      </div>
    </form>
  );
}
