"use client";

import { useActionState } from "react";
import { logIn } from "@/lib/accounts/actions";
import { errorsFor, typedValue } from "@/lib/actions/result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

export function LogInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(logIn, null);
  return (
    <form action={action} key={JSON.stringify(state)} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        label="Username or email"
        name="identifier"
        autoComplete="username"
        required
        defaultValue={typedValue(state, "identifier")}
        errors={errorsFor(state, "identifier")}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={errorsFor(state, "password")}
      />
      <SubmitButton pendingText="Logging in…">Log in</SubmitButton>
    </form>
  );
}
