import { MIN_PASSWORD_LENGTH } from "@/lib/validation/limits";
import type { BoundField } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";

/** The names of NewPasswordFields' fields, in their order, for their form's `fields`. */
export const NEW_PASSWORD_FIELDS = ["newPassword", "confirmPassword"] as const;

/**
 * "New password" and "Repeat the new password", as settings and the reset link ask for them. No
 * `maxlength`: the browser would cut a pasted password short without a word, so that the account
 * got another password than the one pasted (or two that no longer match); the server says the limit.
 */
export function NewPasswordFields({ field }: { field: (name: (typeof NEW_PASSWORD_FIELDS)[number]) => BoundField }) {
  return (
    <>
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        {...field("newPassword")}
      />
      <TextField label="Repeat the new password" type="password" autoComplete="new-password" required {...field("confirmPassword")} />
    </>
  );
}
