import { z } from "zod";
import { email, emailFormEcho } from "@/lib/accounts/schema";
import { linkToken } from "@/lib/account-tokens/token";
import type { EchoLimits } from "@/lib/actions/result";
import { MAX_PASSWORD_LENGTH } from "@/lib/validation/limits";

export const changeEmailSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD_LENGTH, `Password must be at most ${MAX_PASSWORD_LENGTH} characters.`),
});

export const resendVerificationSchema = z.object({});

export const verifyEmailSchema = z.object({ token: linkToken });

export const changeEmailFormEcho: EchoLimits = emailFormEcho;

export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;

export const ADDRESS_VERIFIED = "Thank you: your email address is verified.";
export const ADDRESS_CHANGED = "Thank you: the new address is verified, and is now your account's address.";
export const ALREADY_VERIFIED = "Your email address is already verified.";
export const SAME_ADDRESS = "That is already your email address.";
export const ADDRESS_TAKEN = "This address now belongs to another account, so it cannot become yours.";

/** What a requested change says, in place and on the settings page a form sent without JavaScript leads to. */
export function emailChangeRequestedMessage(requested: string, current: string): string {
  return `Open the link we sent to ${requested} to confirm it. Until then, mail still goes to ${current}.`;
}

/** What resending the verification link says: in the banner, and on the page a form sent without JavaScript leads to. */
export function verificationResentMessage(address: string): string {
  return `We sent a new link to ${address}.`;
}
