import { db } from "@/lib/db";
import { requestLogger } from "@/lib/logging/request-logger";
import { suspendedLogInMessage } from "@/lib/moderation/appeal";
import { type PendingLogin, readPendingLogin, sameCredentials } from "./pending-login";
import { LOGIN_CODE_EXPIRED } from "./schema";
import { checkSecondFactor } from "./verify";

// The login's second step, after authenticate() found the password right and
// two-factor on. Shared by the login form's action and next-auth's endpoint.

/** `restart`: the first step must be done again (the proof of the password expired, or the account changed). */
export type SecondStepResult = { ok: true; user: { id: string } } | { ok: false; message: string; restart: boolean };

/** Checks `code` for the user whose password was right (`userId`), then that the account may still log in. */
export async function checkLogInCode(userId: string, code: string, ip: string): Promise<SecondStepResult> {
  const check = await checkSecondFactor(userId, code, ip);
  const log = await requestLogger();
  if (!check.ok) {
    log.info({ event: "log-in", outcome: "code-refused", userId }, "Log-in refused: two-factor code not accepted");
    return { ok: false, message: check.message, restart: false };
  }
  const user = await db.user.findUnique({ where: { id: userId }, select: { suspendedAt: true } });
  if (!user) return { ok: false, message: LOGIN_CODE_EXPIRED, restart: true };
  if (user.suspendedAt) return { ok: false, message: suspendedLogInMessage(user.suspendedAt), restart: true };
  log.info({ event: "log-in", outcome: "success", userId, with: check.kind }, "Logged in with a two-factor code");
  return { ok: true, user: { id: userId } };
}

/**
 * Whether the account's password and two-factor are still those `pending` was made against.
 * Checked before the code, so a proof that a change ended uses up no code and no attempt.
 */
async function credentialsStand(pending: PendingLogin): Promise<boolean> {
  const account = await db.user.findUnique({
    where: { id: pending.userId },
    select: { passwordHash: true, twoFactor: { select: { enabledAt: true } } },
  });
  return account !== null && sameCredentials(pending, { passwordHash: account.passwordHash, twoFactorEnabledAt: account.twoFactor?.enabledAt ?? null });
}

/** The second step of the login form: `pendingLogin` carries the proof of the first (pending-login.ts). */
export async function completeLogIn(pendingLogin: string, code: string, ip: string): Promise<SecondStepResult> {
  const pending = readPendingLogin(pendingLogin);
  if (!pending || !(await credentialsStand(pending))) return { ok: false, message: LOGIN_CODE_EXPIRED, restart: true };
  return checkLogInCode(pending.userId, code, ip);
}
