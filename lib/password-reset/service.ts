import { hashPassword } from "@/lib/auth/password";
import { limits, reserveAttempt, storableKey, throttledMessage } from "@/lib/auth/throttle";
import { HOUR_MS, closeAccountLinks, consumeToken, issueToken, tokenIsOpen } from "@/lib/account-tokens/store";
import { INVALID_LINK } from "@/lib/account-tokens/token";
import { db } from "@/lib/db";
import { requestLogger } from "@/lib/logging/request-logger";
import { MAIL_NOT_SENT, mailGoesOut } from "@/lib/mail/mailbox";
import { queueMail, wakeMailWorker } from "@/lib/mail/outbox";
import { type Refusal, refusal } from "@/lib/services/refusal";
import { passwordChangedMail, resetLinkMail } from "./mail";
import { RESET_REQUESTED } from "./schema";

/**
 * Mails a reset link to the account that uses `email`, if one does. The
 * answer is the same either way; requests are limited per address as typed
 * and per IP, known or not, so the limits tell nothing either.
 */
export async function requestPasswordReset(input: { email: string }, ip: string): Promise<{ ok: true; message: string } | Refusal> {
  const attempt = await reserveAttempt([
    [limits.resetPerAddress, storableKey(input.email)],
    [limits.resetPerIp, storableKey(ip)],
  ]);
  const log = await requestLogger();
  if (attempt.throttled) {
    await attempt.release();
    log.warn({ event: "password-reset-requested", outcome: "throttled" }, "Password reset refused: too many requests");
    return refusal(throttledMessage(attempt.throttled));
  }
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, username: true, email: true } });
  if (user) {
    await db.$transaction(async (tx) => {
      const token = await issueToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", validForMs: HOUR_MS });
      await queueMail(tx, resetLinkMail(user.email, user.username, token));
    });
    wakeMailWorker();
  }
  log.info({ event: "password-reset-requested", outcome: user ? "mailed" : "unknown-address", userId: user?.id ?? "unknown" }, "Password reset requested");
  return { ok: true, message: mailGoesOut() ? RESET_REQUESTED : MAIL_NOT_SENT };
}

/** Whether a reset link can still be used, for its page. */
export async function resetLinkIsOpen(token: string): Promise<boolean> {
  return (await tokenIsOpen(token, "PASSWORD_RESET")) !== null;
}

/**
 * Sets a new password through a reset link: the link is used up, every
 * session of the account ends, its other links go (closeAccountLinks), the address counts
 * as verified (the link reached it) and the owner is told by mail.
 */
export async function resetPassword(input: { token: string; newPassword: string }): Promise<{ ok: true } | Refusal> {
  // argon2 costs 19 MiB and tens of milliseconds: only for a link that can work.
  if (!(await resetLinkIsOpen(input.token))) return refusal(INVALID_LINK);
  const passwordHash = await hashPassword(input.newPassword);
  const userId = await db.$transaction(async (tx) => {
    const used = await consumeToken(tx, input.token, "PASSWORD_RESET");
    if (!used) return null;
    const user = await tx.user.update({ where: { id: used.userId }, data: { passwordHash }, select: { id: true, username: true, email: true } });
    await tx.user.updateMany({ where: { id: user.id, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await closeAccountLinks(tx, user.id);
    await queueMail(tx, passwordChangedMail(user.email, user.username, "every device"));
    return user.id;
  });
  if (!userId) return refusal(INVALID_LINK);
  wakeMailWorker();
  (await requestLogger()).info({ event: "password-reset", outcome: "success", userId }, "Password reset through a mailed link");
  return { ok: true };
}
