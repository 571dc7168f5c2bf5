"use client";

import { startedSaying } from "@/lib/actions/result";
import { changePassword } from "@/lib/accounts/actions";
import { NEW_PASSWORD_FIELDS, NewPasswordFields } from "@/components/accounts/new-password-fields";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { SETTINGS_PATH } from "@/lib/routes";

/** `said`: what the page says the form just did, once it was sent without JavaScript. */
export function PasswordForm({ said }: { said?: string }) {
  return (
    <ActionForm
      action={changePassword}
      submit="Change password"
      pendingText="Changing…"
      fields={["currentPassword", ...NEW_PASSWORD_FIELDS]}
      answered={startedSaying(said)}
      permalink={SETTINGS_PATH}
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
