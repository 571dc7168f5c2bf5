"use client";

import { useActionState } from "react";
import { deleteAccount } from "@/lib/accounts/actions";
import { errorsFor } from "@/lib/actions/result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccount, null);
  return (
    <form action={action} key={JSON.stringify(state)} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField
        label="Your password, to confirm"
        id="delete-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={errorsFor(state, "password")}
      />
      <SubmitButton variant="danger" pendingText="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  );
}
