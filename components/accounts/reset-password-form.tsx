"use client";

import { resetPassword } from "@/lib/password-reset/actions";
import { ActionForm } from "@/components/ui/action-form";
import { NEW_PASSWORD_FIELDS, NewPasswordFields } from "./new-password-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm action={resetPassword} submit="Set new password" pendingText="Saving…" fields={NEW_PASSWORD_FIELDS}>
      {(field) => (
        <>
          <input type="hidden" name="token" value={token} />
          <NewPasswordFields field={field} />
        </>
      )}
    </ActionForm>
  );
}
