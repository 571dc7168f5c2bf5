"use client";

import { startedSaying } from "@/lib/actions/result";
import { changeEmail } from "@/lib/email-addresses/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { SETTINGS_PATH } from "@/lib/routes";

/** `said`: what the page says the form just did, once it was sent without JavaScript. */
export function EmailForm({ said }: { said?: string }) {
  return (
    <ActionForm action={changeEmail} submit="Change email" pendingText="Sending…" fields={["email", "password"]} answered={startedSaying(said)} permalink={SETTINGS_PATH}>
      {(field) => (
        <>
          <TextField label="New email" type="email" autoComplete="email" required {...field("email")} />
          <TextField label="Your password" type="password" autoComplete="current-password" required {...field("password")} />
        </>
      )}
    </ActionForm>
  );
}
