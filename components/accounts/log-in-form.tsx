"use client";

import { logIn } from "@/lib/accounts/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";

export function LogInForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <ActionForm action={logIn} submit="Log in" pendingText="Logging in…">
      {(field) => (
        <>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <TextField label="Username or email" autoComplete="username" required {...field("identifier")} />
          <TextField label="Password" type="password" autoComplete="current-password" required {...field("password")} />
        </>
      )}
    </ActionForm>
  );
}
