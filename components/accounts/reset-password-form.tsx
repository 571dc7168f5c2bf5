"use client";

import { resetPassword } from "@/lib/password-reset/actions";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/validation/limits";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm action={resetPassword} submit="Set new password" pendingText="Saving…">
      {(field) => (
        <>
          <input type="hidden" name="token" value={token} />
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            maxLength={MAX_PASSWORD_LENGTH}
            {...field("newPassword")}
          />
          <TextField label="Repeat the new password" type="password" autoComplete="new-password" required {...field("confirmPassword")} />
        </>
      )}
    </ActionForm>
  );
}
