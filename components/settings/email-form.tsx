"use client";

import { changeEmail } from "@/lib/email-addresses/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";

export function EmailForm() {
  return (
    <ActionForm action={changeEmail} submit="Change email" pendingText="Sending…" fields={["email", "password"]}>
      {(field) => (
        <>
          <TextField label="New email" type="email" autoComplete="email" required {...field("email")} />
          <TextField label="Your password" type="password" autoComplete="current-password" required {...field("password")} />
        </>
      )}
    </ActionForm>
  );
}
