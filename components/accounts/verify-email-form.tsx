"use client";

import { verifyEmail } from "@/lib/email-addresses/actions";
import { AnswerMessage } from "@/components/ui/answer-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/unanswered-request";

/** A button rather than verifying on GET: mail scanners open links, and must not use them up. */
export function VerifyEmailForm({ token, address }: { token: string; address: string }) {
  const [state, dispatch] = useFormAction(verifyEmail, null);
  return (
    // Marked for the banner's style (app/styles/forms.css): its Resend would compete with this button.
    <form action={dispatch} className="space-y-4" data-confirms-address>
      <AnswerMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <p>
        Confirm that <strong className="break-all">{address}</strong> is your address.
      </p>
      <SubmitButton pendingText="Confirming…">Confirm my address</SubmitButton>
    </form>
  );
}
