import type { fieldFrom } from "@/lib/actions/result";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/validation/limits";
import { TextField } from "@/components/ui/text-field";

/** "New password" and "Repeat the new password", as settings and the reset link ask for them. */
export function NewPasswordFields({ field }: { field: (name: string) => ReturnType<typeof fieldFrom> }) {
  return (
    <>
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={MAX_PASSWORD_LENGTH}
        {...field("newPassword")}
      />
      <TextField label="Repeat the new password" type="password" autoComplete="new-password" required {...field("confirmPassword")} />
    </>
  );
}
