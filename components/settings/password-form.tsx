"use client";

import { changePassword } from "@/lib/accounts/actions";
import { NEW_PASSWORD_FIELDS, NewPasswordFields } from "@/components/accounts/new-password-fields";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";

export function PasswordForm() {
  return (
    <ActionForm
      action={changePassword}
      submit="Change password"
      pendingText="Changing…"
      fields={["currentPassword", ...NEW_PASSWORD_FIELDS]}
    >
      {(field) => (
        <>
          <TextField label="Current password" type="password" autoComplete="current-password" required {...field("currentPassword")} />
          <NewPasswordFields field={field} />
        </>
      )}
    </ActionForm>
  );
}
