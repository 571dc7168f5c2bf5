"use client";

import { signUp } from "@/lib/accounts/actions";
import {
  MAX_DISPLAY_NAME_LENGTH,
  MAX_USERNAME_LENGTH,
  MIN_PASSWORD_LENGTH,
  MIN_USERNAME_LENGTH,
} from "@/lib/validation/limits";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { typedCodeUnits } from "@/lib/validation/text";

/** `callbackUrl`: where the new account lands, the page that sent its visitor to log in. */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <ActionForm
      action={signUp}
      submit="Create account"
      pendingText="Creating your account…"
      fields={["username", "email", "displayName", "password"]}
    >
      {(field) => (
        <>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <TextField
            label="Username"
            autoComplete="username"
            required
            minLength={MIN_USERNAME_LENGTH}
            maxLength={MAX_USERNAME_LENGTH}
            hint={`${MIN_USERNAME_LENGTH}–${MAX_USERNAME_LENGTH} letters, digits or underscores, such as ada_lovelace: your profile is then at /@ada_lovelace.`}
            {...field("username")}
          />
          <TextField label="Email" type="email" autoComplete="email" required {...field("email")} />
          <TextField label="Display name" autoComplete="name" required maxLength={typedCodeUnits(MAX_DISPLAY_NAME_LENGTH)} {...field("displayName")} />
          <TextField
            label="Password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            // No maxlength: a pasted password cut short without a word would not be the one
            // logged in with; the server says the limit.
            hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few words you can remember work well.`}
            {...field("password")}
          />
        </>
      )}
    </ActionForm>
  );
}
