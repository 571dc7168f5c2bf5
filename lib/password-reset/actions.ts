"use server";

import { redirect } from "next/navigation";
import { succeededAt } from "@/lib/actions/no-javascript";
import { type ActionResult, type FormState, echoedText, formText, refusedForm, validationFailure } from "@/lib/actions/result";
import { unlessDatabaseUnavailable } from "@/lib/actions/unavailable";
import { clientIp } from "@/lib/auth/client-ip";
import { RESET_REQUESTED_HREF } from "@/lib/routes";
import { forgotPasswordFormEcho, forgotPasswordSchema, resetPasswordSchema } from "./schema";
import * as passwordReset from "./service";

/**
 * Mails a reset link to the account of the address typed, if there is one. Without JavaScript it
 * leads to the forgot-password page saying so, which a reload does not send again (another mail,
 * and one fewer of the address's and the network's requests this hour).
 */
export const requestPasswordReset = unlessDatabaseUnavailable(async (_previous: FormState, formData: FormData): Promise<ActionResult> => {
  const echoed = echoedText(formData, forgotPasswordFormEcho);
  const parsed = forgotPasswordSchema.safeParse(formText(formData, ["email"]));
  if (!parsed.success) return validationFailure(parsed.error, echoed);
  const requested = await passwordReset.requestPasswordReset(parsed.data, await clientIp());
  if (!requested.ok) return refusedForm(requested, echoed);
  return succeededAt(RESET_REQUESTED_HREF, { ok: true, message: requested.message });
}, forgotPasswordFormEcho);

export const resetPassword = unlessDatabaseUnavailable(async (_previous: FormState, formData: FormData): Promise<ActionResult> => {
  const parsed = resetPasswordSchema.safeParse(formText(formData, ["token", "newPassword", "confirmPassword"]));
  if (!parsed.success) {
    const failure = validationFailure(parsed.error);
    // A bad token is not a field the person can fix: it is the link.
    const tokenError = failure.fieldErrors?.token?.[0];
    return tokenError ? { ok: false, message: tokenError } : failure;
  }
  const reset = await passwordReset.resetPassword(parsed.data);
  if (!reset.ok) return refusedForm(reset);
  redirect("/login?reset=done");
});
