"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed";
import { type ActionResult, type FormState, echoedText, failure, fieldFailure, formText, refusedForm, validationFailure } from "@/lib/actions/result";
import { unlessDatabaseUnavailable } from "@/lib/actions/unavailable";
import { authenticate } from "@/lib/auth/authenticate";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { forgettingKeptSession } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/auth/client-ip";
import { endSession, startSession } from "@/lib/auth/session-cookie";
import { browserTheme } from "@/lib/preferences/theme";
import { noteActionEntered } from "@/lib/server/action-entry";
import { settingsSaved } from "./settings-saved";
import { changePasswordSchema, deleteAccountSchema, logInFormEcho, logInSchema, signUpFormEcho, signUpSchema } from "./schema";
import { completeLogIn } from "@/lib/two-factor/log-in";
import { pendingLoginToken, readPendingLogin } from "@/lib/two-factor/pending-login";
import { type CodeStep, LOGIN_CODE_EXPIRED, type LogInState, MAX_PENDING_LOGIN_LENGTH, logInCodeSchema } from "@/lib/two-factor/schema";
import * as accounts from "./service";

export const signUp = unlessDatabaseUnavailable(async (_previous: FormState, formData: FormData): Promise<ActionResult> => {
  const echoed = echoedText(formData, signUpFormEcho);
  const parsed = signUpSchema.safeParse(formText(formData, ["username", "email", "displayName", "password"]));
  if (!parsed.success) return validationFailure(parsed.error, echoed);
  const created = await accounts.signUp(parsed.data, await clientIp(), await browserTheme());
  if (!created.ok) return refusedForm(created, echoed);
  await startSession({ id: created.userId });
  redirect(safeCallbackUrl(formData.get("callbackUrl")));
}, signUpFormEcho);

/**
 * Logging in: the password, then, for accounts with two-factor login, a code.
 * The first step's answer carries a short-lived proof of the password
 * (lib/two-factor/pending-login.ts) that the form sends back with the code.
 */
export const logIn = unlessDatabaseUnavailable(async (_previous: LogInState, formData: FormData): Promise<ActionResult | CodeStep> => {
  const values = formText(formData, ["identifier", "password", "callbackUrl", "pendingLogin", "code"]);
  if (values.pendingLogin) return logInWithCode(values);
  const echoed = echoedText(formData, logInFormEcho);
  const parsed = logInSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, echoed);

  const result = await authenticate(parsed.data.identifier, parsed.data.password, await clientIp());
  if (!result.ok) return refusedForm(result, echoed);
  if (result.needsCode) return { ok: false, pendingLogin: pendingLoginToken(result.user, result.credentials), username: result.user.username };

  await startSession(result.user);
  redirect(safeCallbackUrl(values.callbackUrl));
}, logInFormEcho);

async function logInWithCode(values: Record<string, string>): Promise<ActionResult | CodeStep> {
  const token = values.pendingLogin ?? "";
  const pending = token.length > MAX_PENDING_LOGIN_LENGTH ? null : readPendingLogin(token);
  if (!pending) return failure(LOGIN_CODE_EXPIRED);
  const step = { pendingLogin: token, username: pending.username };
  const parsed = logInCodeSchema.safeParse(values);
  if (!parsed.success) return { ...validationFailure(parsed.error), ...step };
  const result = await completeLogIn(parsed.data.pendingLogin, parsed.data.code, await clientIp());
  if (!result.ok) return result.restart ? failure(result.message) : { ...fieldFailure("code", result.message), ...step };
  await startSession(result.user);
  redirect(safeCallbackUrl(values.callbackUrl));
}

export async function logOut(): Promise<void> {
  noteActionEntered();
  await forgettingKeptSession(endSession);
  redirect("/");
}

export const changePassword = authedAction(
  { fields: ["currentPassword", "newPassword", "confirmPassword"], schema: changePasswordSchema },
  async (user, input) => {
    const changed = await accounts.changePassword(user, input, await clientIp());
    if (!changed.ok) return refusedForm(changed);
    // Every session ended, this one included; this browser gets a new one.
    await startSession(user);
    return settingsSaved("password");
  },
);

export const deleteAccount = authedAction({ fields: ["password"], schema: deleteAccountSchema }, async (user, input) => {
  const deleted = await accounts.deleteAccount(user, input, await clientIp());
  if (!deleted.ok) return refusedForm(deleted);
  await endSession();
  redirect("/?farewell=1");
});
