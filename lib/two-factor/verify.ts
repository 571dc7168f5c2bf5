import { checkCode } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { looksLikeRecoveryCode, normalizedRecoveryCode } from "./recovery-code-format";
import { recoveryCodeHash } from "./recovery-codes";
import { WRONG_CODE } from "./schema";
import { openSecret } from "./secret-box";
import { matchingStep } from "./totp";

// Checking a second factor of an account whose two-factor login is on: a code
// from the app (each step's code accepted once) or a recovery code (each once).

export type SecondFactorCheck = { ok: true; kind: "app" | "recovery" } | { ok: false; message: string };

/** The account's secret, read explicitly (the default client omits it); null unless two-factor is on. */
export async function enabledSecret(userId: string): Promise<Buffer | null> {
  const row = await db.twoFactor.findFirst({ where: { userId, enabledAt: { not: null } }, select: { secretSealed: true } });
  return row ? openSecret(row.secretSealed, userId) : null;
}

/**
 * Accepts the app's code for `step` unless that step or a later one was used
 * already. The condition is in the UPDATE itself, so of two logins racing with
 * the same code only one changes the row.
 */
export async function useStep(userId: string, step: number): Promise<boolean> {
  const { count } = await db.twoFactor.updateMany({
    where: { userId, enabledAt: { not: null }, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
    data: { lastUsedStep: step },
  });
  return count === 1;
}

/** Uses up one recovery code: deleting its row is the check, so it works once however many try at once. */
async function useRecoveryCode(userId: string, typed: string): Promise<boolean> {
  const { count } = await db.recoveryCode.deleteMany({ where: { userId, codeHash: recoveryCodeHash(typed) } });
  return count === 1;
}

/**
 * Checks `typed` (an app code or a recovery code, as typed) for `userId`,
 * through the code throttle (lib/auth/throttle.ts): a throttled attempt never
 * reaches the check, and a right code takes its attempt back.
 */
export async function checkSecondFactor(userId: string, typed: string, ip: string, now = Date.now()): Promise<SecondFactorCheck> {
  const code = normalizedRecoveryCode(typed.slice(0, 64));
  const isAppCode = /^\d{6}$/.test(code);
  if (!isAppCode && !looksLikeRecoveryCode(code)) return { ok: false, message: WRONG_CODE };
  const check = await checkCode(`2fa:${userId}`, ip, async () => {
    if (!isAppCode) return useRecoveryCode(userId, code);
    const secret = await enabledSecret(userId);
    const step = secret ? matchingStep(secret, code, now) : null;
    return step !== null && useStep(userId, step);
  });
  if (check.outcome === "throttled") return { ok: false, message: check.message };
  if (check.outcome === "wrong") return { ok: false, message: WRONG_CODE };
  return { ok: true, kind: isAppCode ? "app" : "recovery" };
}
