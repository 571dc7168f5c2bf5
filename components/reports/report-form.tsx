"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { errorsFor, typedValue } from "@/lib/actions/result";
import { reportContent } from "@/lib/reports/actions";
import { MAX_REPORT_DETAILS, REPORT_REASONS, type ReportTargetType } from "@/lib/reports/schema";
import { cancelLinkStyle } from "@/components/ui/confirm-form";
import { focusFirstLeft } from "@/components/ui/focus-first-left";
import { FocusedStatus } from "@/components/ui/focused-status";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextArea } from "@/components/ui/text-area";
import { typedCodeUnits } from "@/lib/validation/text";
import { useFormAction } from "@/components/ui/unanswered-request";

type Back = { href: string; label: string };

type ReportFormProps = { targetType: ReportTargetType; targetId: string; back: Back };

/**
 * What takes the form's place once the report is sent: the form, and the button that had the
 * focus, give way to what was done, which takes the focus, and a way back. Without JavaScript,
 * the report page the sent form leads to shows it (reportSentHref).
 */
export function ReportSent({ message, back }: { message?: string; back: Back }) {
  return (
    <div className="mt-4 space-y-3">
      <FocusedStatus>{message}</FocusedStatus>
      <Link href={back.href} className="text-link">
        {back.label}
      </Link>
    </div>
  );
}

/**
 * The report form: a reason and, for "Something else", what is wrong. Works
 * without JavaScript; once sent, it gives way to the confirmation, focused, and a way back.
 * A refused field takes the focus, the reasons first, as in ActionForm: by
 * `autofocus` on the page that comes back without JavaScript, from here with it
 * (where the fields stay, and the Send button, disabled while sending, had it). While it is sent,
 * the reasons are disabled and the details read-only, as in ActionForm: React starts the form over
 * from what was sent once it is answered, and would throw away a change made meanwhile.
 */
export function ReportForm({ targetType, targetId, back }: ReportFormProps) {
  const [state, dispatch, sending] = useFormAction(reportContent, null);
  const form = useRef<HTMLFormElement>(null);
  const reasonErrors = errorsFor(state, "reason");
  const firstRefused = reasonErrors ? "reason" : errorsFor(state, "details") && "details";
  useEffect(() => {
    if (firstRefused) focusFirstLeft([form.current?.querySelector<HTMLElement>(`[name="${firstRefused}"]`)]);
  }, [state, firstRefused]);
  if (state?.ok) return <ReportSent message={state.message} back={back} />;
  return (
    <form ref={form} action={dispatch} className="mt-4 space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <fieldset role="radiogroup" aria-invalid={reasonErrors ? true : undefined} aria-describedby={reasonErrors ? "report-reason-error" : undefined}>
        <legend className="text-sm font-medium">Why are you reporting it?</legend>
        {Object.entries(REPORT_REASONS).map(([code, label], place) => (
          <label key={code} className="mt-2 flex items-center gap-2">
            <input
              type="radio"
              name="reason"
              value={code}
              required
              defaultChecked={typedValue(state, "reason") === code}
              disabled={sending}
              autoFocus={firstRefused === "reason" && place === 0 ? true : undefined}
            />
            {label}
          </label>
        ))}
        {reasonErrors && (
          <p id="report-reason-error" className="mt-1 text-sm text-rose-700 dark:text-rose-400">
            {reasonErrors.join(" ")}
          </p>
        )}
      </fieldset>
      <TextArea
        label="Anything the moderators should know?"
        name="details"
        rows={3}
        maxLength={typedCodeUnits(MAX_REPORT_DETAILS)}
        defaultValue={typedValue(state, "details")}
        readOnly={sending}
        errors={errorsFor(state, "details")}
        autoFocus={firstRefused === "details" ? true : undefined}
        hint={`Required for “Something else”. Up to ${MAX_REPORT_DETAILS} characters.`}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText="Sending…">Send report</SubmitButton>
        {/* As on the confirmation pages: a way back that sends nothing. */}
        <Link href={back.href} className={cancelLinkStyle}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
