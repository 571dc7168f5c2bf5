"use client";

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/validation/limits";
import { changePassword } from "@/lib/accounts/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";

export function PasswordForm() {
  return (
    <ActionForm action={changePassword} submit="Change password" pendingText="Changing…">
      {(field) => (
        <>
          <TextField label="Current password" type="password" autoComplete="current-password" required {...field("currentPassword")} />
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
