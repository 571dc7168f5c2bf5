"use server";

import { SIGNED_OUT_MESSAGE, authedAction } from "@/lib/actions/authed";
import { succeededAt } from "@/lib/actions/no-javascript";
import { type ActionResult, failure, refusedForm } from "@/lib/actions/result";
import { afterTwoFactorChange } from "@/lib/actions/revalidate";
import { clientIp } from "@/lib/auth/client-ip";
import { readSession } from "@/lib/auth/session-cookie";
import { twoFactorChangedHref } from "@/lib/routes";
import {
  RECOVERY_CODES_RENEWED,
  TWO_FACTOR_ALREADY_ON,
  TWO_FACTOR_OFF,
  confirmTwoFactorSchema,
  disableTwoFactorSchema,
  renewRecoveryCodesSchema,
  startTwoFactorSchema,
} from "./schema";
import * as twoFactor from "./service";

/** What confirming the set-up answers: the recovery codes, shown this once. */
export type TwoFactorEnabled = { ok: true; message: string; recoveryCodes: string[] };

/**
 * Starts the set-up: the page then shows the new secret as a QR code and as text. Without
 * JavaScript, that page afresh: sent again by a reload, the form would replace the secret just shown.
 */
export const startTwoFactorSetup = authedAction({ fields: [], schema: startTwoFactorSchema }, async (user): Promise<ActionResult> => {
  const started = await twoFactor.startSetup(user);
  if (!started.ok) return refusedForm(started);
  afterTwoFactorChange();
  return succeededAt(twoFactorChangedHref("started"), { ok: true });
});

/**
 * Turns two-factor on with the app's first code and the password; answers the recovery codes, in
 * place even without JavaScript, since they must never be in an address. A reload of that page
 * sends the form again: two-factor is on then, and the answer says so, without the codes; without
 * JavaScript, as the page afresh (?done=on), which a reload does not send again.
 */
export const confirmTwoFactor = authedAction(
  { fields: ["code", "password"], schema: confirmTwoFactorSchema },
  async (user, input): Promise<TwoFactorEnabled | ActionResult> => {
    const current = await readSession();
    if (!current) return failure(SIGNED_OUT_MESSAGE);
    const enabled = await twoFactor.confirmSetup(user, input, await clientIp(), current.sessionId);
    if (!enabled.ok) return refusedForm(enabled);
    // Also when it was on already: the page that sent the form still shows the set-up open.
    afterTwoFactorChange();
    if (!enabled.recoveryCodes) return succeededAt(twoFactorChangedHref("on"), { ok: true, message: TWO_FACTOR_ALREADY_ON });
    return {
      ok: true,
      message: "Two-factor login is on. You were logged out everywhere else.",
      recoveryCodes: enabled.recoveryCodes,
    };
  },
);

/**
 * Replaces the recovery codes with the password, and answers the new ones in place, as turning it
 * on does. A reload of that page sends the form again and makes another set, which it then shows.
 */
export const renewRecoveryCodes = authedAction({ fields: ["password"], schema: renewRecoveryCodesSchema }, async (user, input): Promise<TwoFactorEnabled | ActionResult> => {
  const renewed = await twoFactor.renewRecoveryCodes(user, input, await clientIp());
  if (!renewed.ok) return refusedForm(renewed);
  afterTwoFactorChange();
  return { ok: true, message: RECOVERY_CODES_RENEWED, recoveryCodes: renewed.recoveryCodes };
});

/** Turns two-factor off with the password and a code; without JavaScript, the page afresh saying so, which a reload does not send again. */
export const disableTwoFactor = authedAction(
  { fields: ["password", "code"], schema: disableTwoFactorSchema },
  async (user, input): Promise<ActionResult> => {
    const current = await readSession();
    if (!current) return failure(SIGNED_OUT_MESSAGE);
    const disabled = await twoFactor.disable(user, input, await clientIp(), current.sessionId);
    if (!disabled.ok) return refusedForm(disabled);
    afterTwoFactorChange();
    return succeededAt(twoFactorChangedHref("off"), { ok: true, message: TWO_FACTOR_OFF });
  },
);
