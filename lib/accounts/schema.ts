import { z } from "zod";
import type { EchoLimits } from "@/lib/actions/result";
import {
  MAX_BIO_LENGTH,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_IDENTIFIER_LENGTH,
  MAX_PASSWORD_LENGTH,
  MAX_USERNAME_LENGTH,
  MIN_PASSWORD_LENGTH,
  MIN_USERNAME_LENGTH,
} from "@/lib/validation/limits";
import { STACKED_MARKS_MESSAGE, stacksTooManyMarks, typedCodeUnits, withoutControlCharacters } from "@/lib/validation/text";
import { isCommonPassword } from "./common-passwords";
import { withoutInvisibleCharacters } from "@/lib/validation/invisible";
import { claimsStaffStatus } from "./display-text";

// One set of rules for the browser (form hints) and the server (the decision).

export const RESERVED_USERNAMES: ReadonlySet<string> = new Set([
  "admin", "administrator", "api", "app", "auth", "explore", "following", "followers", "help", "home",
  "login", "logout", "me", "new", "notifications", "p", "post", "posts", "root", "search", "settings",
  "signin", "signout", "signup", "static", "support", "system", "u", "uploads", "user", "users",
]);

// Each field's limit (lib/validation/limits.ts) is in code points, as zod's max() counts them and
// as the database's VARCHAR columns hold them. A value over its raw bound is refused before any
// further check (abort), so megabytes get no per-character work.

/**
 * Raw text is bounded before it is trimmed, lower-cased or stripped of invisible characters (work
 * per character): in code units, as much as a text box takes (typedCodeUnits), not megabytes.
 */
const rawBound = (max: number, message: string) => z.string().max(typedCodeUnits(max), { message, abort: true });

export const username = rawBound(MAX_USERNAME_LENGTH, `Username must be at most ${MAX_USERNAME_LENGTH} characters.`)
  .trim()
  .toLowerCase()
  // Typed as profiles show it ("@erin"), as people coming from other networks write their handle.
  .overwrite((value) => value.replace(/^@/, ""))
  // Empty, it is only missing: not also too short and of the wrong characters.
  .min(1, { message: "Choose a username.", abort: true })
  .min(MIN_USERNAME_LENGTH, `Username must be at least ${MIN_USERNAME_LENGTH} characters.`)
  .max(MAX_USERNAME_LENGTH, { message: `Username must be at most ${MAX_USERNAME_LENGTH} characters.`, abort: true })
  .regex(/^[a-z0-9_]+$/, "Use only letters, digits and underscores.")
  .refine((value) => !RESERVED_USERNAMES.has(value), "This username is reserved.");

export const email = rawBound(MAX_EMAIL_LENGTH, `Email must be at most ${MAX_EMAIL_LENGTH} characters.`)
  .trim()
  .toLowerCase()
  .max(MAX_EMAIL_LENGTH, { message: `Email must be at most ${MAX_EMAIL_LENGTH} characters.`, abort: true })
  .min(1, { message: "Enter your email address.", abort: true })
  .pipe(z.email("Enter a valid email address."));

const displayNameTooLong = `Display name must be at most ${MAX_DISPLAY_NAME_LENGTH} characters.`;
const bioTooLong = `Bio must be at most ${MAX_BIO_LENGTH} characters.`;

/** What a bio keeps: no control characters, no invisible ones, no bidi controls. */
export function visibleText(value: string): string {
  return withoutInvisibleCharacters(withoutControlCharacters(value));
}

/** What a display name keeps: visible text, each run of spaces one space. */
export function visibleDisplayName(value: string): string {
  return visibleText(value).replace(/\s+/g, " ");
}

/**
 * A display name as readers see it, spaces collapsed. It may not look vouched
 * for: the Staff badge is drawn by the page for admins, and check marks or a
 * staff word inside a name would imitate it.
 */
export const displayName = rawBound(MAX_DISPLAY_NAME_LENGTH, displayNameTooLong)
  .transform(visibleDisplayName)
  .pipe(
    z
      .string()
      .trim()
      .min(1, "Enter a display name.")
      .max(MAX_DISPLAY_NAME_LENGTH, { message: displayNameTooLong, abort: true })
      .refine((value) => !stacksTooManyMarks(value), STACKED_MARKS_MESSAGE)
      .refine((value) => !claimsStaffStatus(value), "A display name cannot contain check marks or staff titles."),
  );

/**
 * Bios lose the same invisible characters: they sit under names in every list
 * of people, and a bidi override would reorder them. Check marks and staff
 * words are fine in a bio ("nurse, on staff at St Mary's ✅"): no badge is
 * ever drawn next to one.
 */
export const bio = rawBound(MAX_BIO_LENGTH, bioTooLong)
  .transform(visibleText)
  .pipe(
    z
      .string()
      .trim()
      .max(MAX_BIO_LENGTH, { message: bioTooLong, abort: true })
      .refine((value) => !stacksTooManyMarks(value), STACKED_MARKS_MESSAGE),
  );

export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, { message: `Password must be at most ${MAX_PASSWORD_LENGTH} characters.`, abort: true })
  .refine((value) => !isCommonPassword(value), "This password is too common. Choose another.");

/** A password typed to prove who you are: never trimmed, only bounded. */
export const currentPassword = z
  .string()
  .min(1, "Enter your password.")
  .max(MAX_PASSWORD_LENGTH, `Password must be at most ${MAX_PASSWORD_LENGTH} characters.`);

export const signUpSchema = z.object({ username, email, displayName, password: newPassword });

export const logInSchema = z.object({
  identifier: rawBound(MAX_IDENTIFIER_LENGTH, "That is too long.")
    .trim()
    .toLowerCase()
    .min(1, "Enter your username or email.")
    .max(MAX_IDENTIFIER_LENGTH, "That is too long."),
  password: currentPassword,
});

export const profileSchema = z.object({ displayName, bio });

export const SAME_PASSWORD = "That is your current password. Choose a new one.";

export const changePasswordSchema = z
  .object({ currentPassword, newPassword, confirmPassword: z.string() })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  })
  // The current password was just typed, so equal text means an unchanged password: say so rather than "changed".
  // Only of a new password that passed its own rules: two empty fields are not "your current password".
  .refine((value) => value.newPassword !== value.currentPassword, {
    path: ["newPassword"],
    message: SAME_PASSWORD,
    when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === "newPassword" || issue.path?.[0] === "currentPassword"),
  });

export const deleteAccountSchema = z.object({ password: currentPassword });

// What a refused form sends back: never a password; a field as it was typed, up to its raw bound, so a value
// refused for its length or its words comes back whole to be mended, and megabytes do not.
export const emailFormEcho: EchoLimits = { email: typedCodeUnits(MAX_EMAIL_LENGTH) };
export const signUpFormEcho: EchoLimits = {
  username: typedCodeUnits(MAX_USERNAME_LENGTH),
  ...emailFormEcho,
  displayName: typedCodeUnits(MAX_DISPLAY_NAME_LENGTH),
};
export const logInFormEcho: EchoLimits = { identifier: typedCodeUnits(MAX_IDENTIFIER_LENGTH) };
export const profileFormEcho: EchoLimits = { displayName: typedCodeUnits(MAX_DISPLAY_NAME_LENGTH), bio: typedCodeUnits(MAX_BIO_LENGTH) };

export type SignUpInput = z.infer<typeof signUpSchema>;
export type LogInInput = z.infer<typeof logInSchema>;

export const USERNAME_TAKEN = "This username is taken.";
export const USERNAME_RETIRED = "This username belonged to an account that was deleted, and stays reserved. Choose another.";
/** For a taken email and any other conflict: it must not tell a stranger which emails have accounts. */
export const SIGN_UP_REFUSED =
  "We could not create an account with these details. If you already have an account, log in instead.";
