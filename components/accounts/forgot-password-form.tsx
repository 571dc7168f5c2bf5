"use client";

import { requestPasswordReset } from "@/lib/password-reset/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";

export function ForgotPasswordForm() {
  return (
    <ActionForm action={requestPasswordReset} submit="Send me a link" pendingText="Sending…" fields={["email"]}>
      {(field) => <TextField label="Email" type="email" autoComplete="email" required {...field("email")} />}
    </ActionForm>
  );
}
