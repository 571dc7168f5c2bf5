"use client";

import { startedSaying } from "@/lib/actions/result";
import { requestPasswordReset } from "@/lib/password-reset/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";

/** `said`: what the page says the form just did, once it was sent without JavaScript. */
export function ForgotPasswordForm({ said }: { said?: string }) {
  return (
    <ActionForm action={requestPasswordReset} submit="Send me a link" pendingText="Sending…" fields={["email"]} answered={startedSaying(said)}>
      {(field) => <TextField label="Email" type="email" autoComplete="email" required {...field("email")} />}
    </ActionForm>
  );
}
