"use client";

import { useActionState } from "react";
import { signUp } from "@/lib/accounts/actions";
import { errorsFor, typedValue } from "@/lib/actions/result";
import {
  MAX_DISPLAY_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  MAX_USERNAME_LENGTH,
  MIN_PASSWORD_LENGTH,
  MIN_USERNAME_LENGTH,
} from "@/lib/validation/limits";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

export function SignUpForm() {
  const [state, action] = useActionState(signUp, null);
  return (
    // The key re-mounts the inputs with what was typed after a refused submission.
    <form action={action} key={JSON.stringify(state)} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField
        label="Username"
        name="username"
        autoComplete="username"
        required
        minLength={MIN_USERNAME_LENGTH}
        maxLength={MAX_USERNAME_LENGTH}
        hint={`${MIN_USERNAME_LENGTH}–${MAX_USERNAME_LENGTH} letters, digits or underscores. This is your address: /@username.`}
        defaultValue={typedValue(state, "username")}
        errors={errorsFor(state, "username")}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={typedValue(state, "email")}
        errors={errorsFor(state, "email")}
      />
      <TextField
        label="Display name"
        name="displayName"
        autoComplete="name"
        required
        maxLength={MAX_DISPLAY_NAME_LENGTH}
        defaultValue={typedValue(state, "displayName")}
        errors={errorsFor(state, "displayName")}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={MAX_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few words you can remember work well.`}
        errors={errorsFor(state, "password")}
      />
      <SubmitButton pendingText="Creating your account…">Create account</SubmitButton>
    </form>
  );
}
