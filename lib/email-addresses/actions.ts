"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed";
import { succeededAt } from "@/lib/actions/no-javascript";
import { type ActionResult, type FormState, formText, refusedForm, validationFailure } from "@/lib/actions/result";
import { afterAddressVerified, afterEmailChangeRequested } from "@/lib/actions/revalidate";
import { unlessDatabaseUnavailable } from "@/lib/actions/unavailable";
import { clientIp } from "@/lib/auth/client-ip";
import { VERIFICATION_RESENT_HREF, settingsSavedHref } from "@/lib/routes";
import { changeEmailFormEcho, changeEmailSchema, resendVerificationSchema, verifyEmailSchema } from "./schema";
import * as addresses from "./service";

/**
 * Mails a new link. Its form is in a banner on every page, which cannot read a page's address:
 * without JavaScript it leads to the verification page saying where the link went, which a reload
 * does not send again (another mail, and one fewer of the hour's).
 */
export const resendVerification = authedAction({ fields: [], schema: resendVerificationSchema }, async (user) => {
  const sent = await addresses.resendVerification(user);
  return sent.ok ? succeededAt(VERIFICATION_RESENT_HREF, sent) : refusedForm(sent);
});

export const changeEmail = authedAction(
  { fields: ["email", "password"], schema: changeEmailSchema, echo: changeEmailFormEcho },
  async (user, input) => {
    const requested = await addresses.requestEmailChange(user, input, await clientIp());
    if (!requested.ok) return refusedForm(requested, { email: input.email });
    afterEmailChangeRequested();
    // Without JavaScript, the settings page afresh, which says it from the address now awaited: a reload mails nothing again.
    return succeededAt(settingsSavedHref("email"), requested);
  },
);

export const verifyEmail = unlessDatabaseUnavailable(async (_previous: FormState, formData: FormData): Promise<ActionResult> => {
  const parsed = verifyEmailSchema.safeParse(formText(formData, ["token"]));
  if (!parsed.success) return { ok: false, message: validationFailure(parsed.error).fieldErrors?.token?.[0] };
  const verified = await addresses.verifyEmail(parsed.data);
  if (!verified.ok) return refusedForm(verified);
  afterAddressVerified();
  // A page of its own: re-rendered, this one would find its link used up and say so.
  redirect(`/verify-email?verified=${verified.changed ? "changed" : "yes"}`);
});
