import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

// One set of rules for the browser (form hints) and the server (the decision).

export const RESERVED_USERNAMES: ReadonlySet<string> = new Set([
  "admin", "administrator", "api", "app", "auth", "explore", "following", "followers", "help", "home",
  "login", "logout", "me", "new", "notifications", "p", "post", "posts", "root", "search", "settings",
  "signin", "signout", "signup", "static", "support", "system", "u", "uploads", "user", "users",
]);

// NUL cannot be stored in PostgreSQL text, and other control characters (bar
// tabs and line breaks) have no business in text that people read.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function withoutControlCharacters(value: string): string {
  return value.replace(CONTROL_CHARACTERS, "");
}

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Username must be at least 3 characters.")
  .max(30, "Username must be at most 30 characters.")
  .regex(/^[a-z0-9_]+$/, "Use only letters, digits and underscores.")
  .refine((value) => !RESERVED_USERNAMES.has(value), "This username is reserved.");

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email must be at most 254 characters.")
  .pipe(z.email("Enter a valid email address."));

export const displayName = z
  .string()
  .transform(withoutControlCharacters)
  .pipe(z.string().trim().min(1, "Enter a display name.").max(50, "Display name must be at most 50 characters."));

export const bio = z
  .string()
  .transform(withoutControlCharacters)
  .pipe(z.string().trim().max(160, "Bio must be at most 160 characters."));

export const newPassword = z
  .string()
  .min(8, "Password must be at least 8 characters.")
  .max(128, "Password must be at most 128 characters.")
  .refine((value) => !isCommonPassword(value), "This password is too common. Choose another.");

/** A password typed to prove who you are: never trimmed, only bounded. */
const currentPassword = z.string().min(1, "Enter your password.").max(128, "Password must be at most 128 characters.");

export const signUpSchema = z.object({ username, email, displayName, password: newPassword });

export const logInSchema = z.object({
  identifier: z.string().trim().toLowerCase().min(1, "Enter your username or email.").max(254, "That is too long."),
  password: currentPassword,
});

export const profileSchema = z.object({ displayName, bio });

export const changePasswordSchema = z
  .object({ currentPassword, newPassword, confirmPassword: z.string() })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  });

export const deleteAccountSchema = z.object({ password: currentPassword });

export type SignUpInput = z.infer<typeof signUpSchema>;
export type LogInInput = z.infer<typeof logInSchema>;

export const USERNAME_TAKEN = "This username is taken.";
/** For a taken email and any other conflict: it must not tell a stranger which emails have accounts. */
export const SIGN_UP_REFUSED =
  "We could not create an account with these details. If you already have an account, log in instead.";
