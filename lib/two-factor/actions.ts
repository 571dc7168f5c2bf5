"use server";

import { SIGNED_OUT_MESSAGE, authedAction } from "@/lib/actions/authed";
import { type ActionResult, failure, refusedForm } from "@/lib/actions/result";
import { afterTwoFactorChange } from "@/lib/actions/revalidate";
import { clientIp } from "@/lib/auth/client-ip";
import { readSession } from "@/lib/auth/session-cookie";
import { confirmTwoFactorSchema, disableTwoFactorSchema, startTwoFactorSchema } from "./schema";
import * as twoFactor from "./service";

/** What confirming the set-up answers: the recovery codes, shown this once. */
export type TwoFactorEnabled = { ok: true; message: string; recoveryCodes: string[] };

/** Starts the set-up: the page then shows the new secret as a QR code and as text. */
export const startTwoFactorSetup = authedAction({ fields: [], schema: startTwoFactorSchema }, async (user): Promise<ActionResult> => {
  const started = await twoFactor.startSetup(user);
  if (!started.ok) return refusedForm(started);
  afterTwoFactorChange();
  return { ok: true };
});

/** Turns two-factor on with the app's first code and the password; answers the recovery codes. */
export const confirmTwoFactor = authedAction(
  { fields: ["code", "password"], schema: confirmTwoFactorSchema },
  async (user, input): Promise<TwoFactorEnabled | ActionResult> => {
    const current = await readSession();
    if (!current) return failure(SIGNED_OUT_MESSAGE);
    const enabled = await twoFactor.confirmSetup(user, input, await clientIp(), current.sessionId);
    if (!enabled.ok) return refusedForm(enabled);
    afterTwoFactorChange();
    return {
      ok: true,
      message: "Two-factor login is on. You were logged out everywhere else.",
      recoveryCodes: enabled.recoveryCodes,
    };
  },
);

/** Turns two-factor off with the password and a code. */
export const disableTwoFactor = authedAction(
  { fields: ["password", "code"], schema: disableTwoFactorSchema },
  async (user, input): Promise<ActionResult> => {
    const current = await readSession();
    if (!current) return failure(SIGNED_OUT_MESSAGE);
    const disabled = await twoFactor.disable(user, input, await clientIp(), current.sessionId);
    if (!disabled.ok) return refusedForm(disabled);
    afterTwoFactorChange();
    return { ok: true, message: "Two-factor login is off. You were logged out everywhere else." };
  },
);
