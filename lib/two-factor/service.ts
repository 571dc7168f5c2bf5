import { checkOwnPassword } from "@/lib/accounts/service";
import type { CurrentUser } from "@/lib/auth/current-user";
import { checkCode } from "@/lib/auth/throttle";
import { type Tx, db } from "@/lib/db";
import { requestLogger } from "@/lib/logging/request-logger";
import { type MailMessage, queueMail, wakeMailWorker } from "@/lib/mail/outbox";
import { type Refusal, refusal } from "@/lib/services/refusal";
import { recoveryCodesRenewedMail, twoFactorDisabledMail, twoFactorEnabledMail } from "./mail";
import { hasTwoFactor } from "./queries";
import { newRecoveryCodes, recoveryCodeHash } from "./recovery-codes";
import { type ConfirmTwoFactorInput, type DisableTwoFactorInput, type RenewRecoveryCodesInput, WRONG_CODE } from "./schema";
import { openSecret, sealSecret } from "./secret-box";
import { matchingStep, newTotpSecret } from "./totp";
import { checkSecondFactor } from "./verify";

// Turning two-factor login on and off from settings. Each change of a login
// factor ends the user's other sessions (as a password change does: ASVS 5.0
// 7.4.3), is logged, and is mailed to the account's address.

export const ALREADY_ON = "Two-factor login is already on.";
export const ALREADY_OFF = "Two-factor login is already off.";
export const SETUP_GONE = "This set-up is no longer open. Start again.";
const WRONG_PASSWORD = "That is not your password.";

/** Starts (or starts over) the set-up: a new secret, not yet in force. */
export async function startSetup(user: CurrentUser): Promise<{ ok: true } | Refusal> {
  const sealed = sealSecret(newTotpSecret(), user.id);
  const { count } = await db.twoFactor.updateMany({
    where: { userId: user.id, enabledAt: null },
    data: { secretSealed: sealed, createdAt: new Date(), lastUsedStep: null },
  });
  if (count === 1) return { ok: true };
  const created = await db.twoFactor.createManyAndReturn({ data: [{ userId: user.id, secretSealed: sealed }], skipDuplicates: true, select: { userId: true } });
  // The row was there but not open for set-up: two-factor is on.
  return created.length === 1 ? { ok: true } : refusal(ALREADY_ON);
}

/** What confirming the set-up answers: the new recovery codes, or null when two-factor was on already. */
export type SetupConfirmed = { ok: true; recoveryCodes: string[] | null };

/**
 * Turns two-factor on once the app's code proves the secret made it there,
 * with the password (someone at an unattended session could otherwise lock
 * the owner out). Answers the recovery codes, which are stored only as hashes.
 */
export async function confirmSetup(
  user: CurrentUser,
  input: ConfirmTwoFactorInput,
  ip: string,
  currentSessionId: string,
  now = Date.now(),
): Promise<SetupConfirmed | Refusal> {
  const pending = await db.twoFactor.findFirst({ where: { userId: user.id, enabledAt: null }, select: { secretSealed: true } });
  if (!pending) return setupClosed(user);
  const secret = openSecret(pending.secretSealed, user.id);
  if (!secret) return refusal(SETUP_GONE);
  const wrongPassword = await checkOwnPassword(user, input.password, ip, refusal(WRONG_PASSWORD, "password"));
  if (wrongPassword) return wrongPassword;
  const step = matchingStep(secret, input.code, now);
  const check = await checkCode(`2fa:${user.id}`, ip, async () => step !== null);
  if (check.outcome === "throttled") return refusal(check.message, "code");
  if (check.outcome === "wrong" || step === null) return refusal(WRONG_CODE, "code");

  const recoveryCodes = newRecoveryCodes();
  const enabled = await db.$transaction(async (tx) => {
    const { count } = await tx.twoFactor.updateMany({
      where: { userId: user.id, enabledAt: null, secretSealed: pending.secretSealed },
      data: { enabledAt: new Date(now), lastUsedStep: step },
    });
    if (count !== 1) return false;
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: recoveryCodes.map((code) => ({ userId: user.id, codeHash: recoveryCodeHash(code) })) });
    await afterFactorChange(tx, user, currentSessionId, twoFactorEnabledMail);
    return true;
  });
  if (!enabled) return setupClosed(user);
  wakeMailWorker();
  (await requestLogger()).info({ event: "two-factor-enabled", userId: user.id }, "Two-factor login turned on");
  return { ok: true, recoveryCodes };
}

/**
 * A confirmation that found no set-up open. Two-factor on means the same form was sent again (a
 * reload of the page that showed the codes, a double click): done, and nothing changes, neither
 * the codes shown then (no new ones, unasked) nor the other sessions. Otherwise the set-up is gone.
 */
async function setupClosed(user: CurrentUser): Promise<SetupConfirmed | Refusal> {
  return (await hasTwoFactor(user.id)) ? { ok: true, recoveryCodes: null } : refusal(SETUP_GONE);
}

/**
 * Replaces the recovery codes with new ones, which it answers (stored only as hashes): for someone
 * who used some, or lost the ones shown at set-up. Needs the password, as turning it on does, and
 * mails the owner; the app's key and the other sessions stay.
 */
export async function renewRecoveryCodes(user: CurrentUser, input: RenewRecoveryCodesInput, ip: string): Promise<{ ok: true; recoveryCodes: string[] } | Refusal> {
  if (!(await hasTwoFactor(user.id))) return refusal(ALREADY_OFF);
  const wrongPassword = await checkOwnPassword(user, input.password, ip, refusal(WRONG_PASSWORD, "password"));
  if (wrongPassword) return wrongPassword;
  const recoveryCodes = newRecoveryCodes();
  const renewed = await db.$transaction(async (tx) => {
    // Turned off meanwhile, from another session: no codes for a login that asks for none.
    const on = await tx.twoFactor.count({ where: { userId: user.id, enabledAt: { not: null } } });
    if (on === 0) return false;
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: recoveryCodes.map((code) => ({ userId: user.id, codeHash: recoveryCodeHash(code) })) });
    const { email } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } });
    await queueMail(tx, recoveryCodesRenewedMail(email, user.username));
    return true;
  });
  if (!renewed) return refusal(ALREADY_OFF);
  wakeMailWorker();
  (await requestLogger()).info({ event: "recovery-codes-renewed", userId: user.id }, "Two-factor recovery codes replaced");
  return { ok: true, recoveryCodes };
}

/** Turns two-factor off: needs the password and a code (from the app, or a recovery code). */
export async function disable(user: CurrentUser, input: DisableTwoFactorInput, ip: string, currentSessionId: string): Promise<{ ok: true } | Refusal> {
  const enabled = await db.twoFactor.count({ where: { userId: user.id, enabledAt: { not: null } } });
  if (enabled === 0) return refusal(ALREADY_OFF);
  const wrongPassword = await checkOwnPassword(user, input.password, ip, refusal(WRONG_PASSWORD, "password"));
  if (wrongPassword) return wrongPassword;
  const code = await checkSecondFactor(user.id, input.code, ip);
  if (!code.ok) return refusal(code.message, "code");
  await db.$transaction(async (tx) => {
    await tx.twoFactor.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await afterFactorChange(tx, user, currentSessionId, twoFactorDisabledMail);
  });
  wakeMailWorker();
  (await requestLogger()).info({ event: "two-factor-disabled", userId: user.id, with: code.kind }, "Two-factor login turned off");
  return { ok: true };
}

/** Ends every session of `user` but this one and queues the notice, in the change's transaction. */
async function afterFactorChange(tx: Tx, user: CurrentUser, currentSessionId: string, mail: (to: string, username: string) => MailMessage) {
  await tx.session.deleteMany({ where: { userId: user.id, id: { not: currentSessionId } } });
  const { email } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } });
  await queueMail(tx, mail(email, user.username));
}
