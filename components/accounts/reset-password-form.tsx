"use client";

import { resetPassword } from "@/lib/password-reset/actions";
import { ActionForm } from "@/components/ui/action-form";
import { NewPasswordFields } from "./new-password-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  return (
    <ActionForm action={resetPassword} submit="Set new password" pendingText="Saving…">
      {(field) => (
        <>
          <input type="hidden" name="token" value={token} />
          <NewPasswordFields field={field} />
        </>
      )}
    </ActionForm>
  );
}
