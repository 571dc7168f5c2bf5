"use client";

import { resendVerification } from "@/lib/email-addresses/actions";
import { useAnswerFocus } from "@/components/ui/answer-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/unanswered-request";

export function ResendVerificationForm() {
  const [state, dispatch] = useFormAction(resendVerification, null);
  const focus = useAnswerFocus<HTMLSpanElement>(state, Boolean(state?.message));
  return (
    <form action={dispatch} className="mt-2 flex flex-wrap items-center gap-3">
      <SubmitButton pendingText="Sending…" variant="secondary">
        Resend the link
      </SubmitButton>
      {state?.message && (
        <span {...focus} role={state.ok ? "status" : "alert"} className="text-sm">
          {state.message}
        </span>
      )}
    </form>
  );
}
