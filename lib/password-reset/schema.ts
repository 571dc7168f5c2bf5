import { z } from "zod";
import { email, emailFormEcho, newPassword } from "@/lib/accounts/schema";
import { linkToken } from "@/lib/account-tokens/token";
import type { EchoLimits } from "@/lib/actions/result";

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({ token: linkToken, newPassword, confirmPassword: z.string() })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  });

export const forgotPasswordFormEcho: EchoLimits = emailFormEcho;

/** The one answer to every accepted request, so it tells no one which addresses have accounts. */
export const RESET_REQUESTED =
  "If an account uses this address, we have sent it a link to choose a new password. The link works once, within an hour.";

export const PASSWORD_RESET_DONE = "Your password was changed and every device was logged out. Log in with your new password.";
