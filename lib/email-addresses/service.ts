import { checkOwnPassword } from "@/lib/accounts/service";
import { consumeToken, tokenIsOpen } from "@/lib/account-tokens/store";
import { INVALID_LINK } from "@/lib/account-tokens/token";
import type { CurrentUser } from "@/lib/auth/current-user";
import { type RateLimit, limits, withinLimit, writeLimitMessage } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { uniqueViolation } from "@/lib/db-errors";
import { requestLogger } from "@/lib/logging/request-logger";
import { MAIL_NOT_SENT, mailGoesOut } from "@/lib/mail/mailbox";
import { queueMail, wakeMailWorker } from "@/lib/mail/outbox";
import { type Refusal, refusal } from "@/lib/services/refusal";
import { addressChangeRequestedMail, addressChangedMail } from "./mail";
import { ADDRESS_TAKEN, ALREADY_VERIFIED, type ChangeEmailInput, SAME_ADDRESS, emailChangeRequestedMessage, verificationResentMessage } from "./schema";
import { queueVerification } from "./verification";

type Done = { ok: true; message: string };

/** Counts a mailed link against one of the account's hourly limits; a refusal, saying which, when it is spent. */
async function withinMailLimit(limit: RateLimit, userId: string, reached: string): Promise<Refusal | null> {
  const refused = await withinLimit(limit, userId, writeLimitMessage(reached));
  return refused === null ? null : refusal(refused);
}

/** Mails a new verification link to the signed-in user's unverified address. */
export async function resendVerification(user: CurrentUser): Promise<Done | Refusal> {
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, emailVerifiedAt: true } });
  if (account.emailVerifiedAt) return refusal(ALREADY_VERIFIED);
  const limited = await withinMailLimit(limits.verificationPerUser, user.id, "That is as many new links as an hour allows.");
  if (limited) return limited;
  await db.$transaction((tx) => queueVerification(tx, user, account.email));
  wakeMailWorker();
  return { ok: true, message: verificationResentAnswer(account.email) };
}

/** What a resent verification link says, in place or on the page Resend leads to without JavaScript. */
export function verificationResentAnswer(address: string): string {
  return mailGoesOut() ? verificationResentMessage(address) : MAIL_NOT_SENT;
}

/**
 * Starts changing the address: the password proves it is the owner, and the
 * new address becomes the account's only once its link is opened. The address in use is
 * told, so that an owner whose password someone else knows can stop it (changePassword). Whether
 * another account has the address is not said here (that would tell who has
 * an account); its link will say so.
 */
export async function requestEmailChange(user: CurrentUser, input: ChangeEmailInput, ip: string): Promise<Done | Refusal> {
  const refused = await checkOwnPassword(user, input.password, ip, refusal("That is not your password.", "password"));
  if (refused) return refused;
  const { email: current } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } });
  if (current === input.email) return refusal(SAME_ADDRESS, "email");
  const limited = await withinMailLimit(limits.emailChangePerUser, user.id, "That is as many address changes as an hour allows.");
  if (limited) return limited;
  await db.$transaction(async (tx) => {
    await queueVerification(tx, user, input.email);
    await queueMail(tx, addressChangeRequestedMail(current, user.username, input.email));
  });
  wakeMailWorker();
  (await requestLogger()).info({ event: "email-change-requested", userId: user.id }, "Email change requested");
  return {
    ok: true,
    message: mailGoesOut()
      ? emailChangeRequestedMessage(input.email, current)
      : `${MAIL_NOT_SENT} Your address stays ${current}.`,
  };
}

/** The address an open verification link confirms, for its page; null for any other token. */
export async function addressOfVerificationLink(token: string): Promise<string | null> {
  return (await tokenIsOpen(token, "VERIFY_EMAIL"))?.email ?? null;
}

/**
 * Opens a verification link: the address becomes the account's, verified.
 * When it replaces another address, the old one is told, and reset links
 * mailed to it stop working.
 */
export async function verifyEmail(input: { token: string }): Promise<{ ok: true; changed: boolean } | Refusal> {
  let outcome;
  try {
    outcome = await db.$transaction(async (tx) => {
      const used = await consumeToken(tx, input.token, "VERIFY_EMAIL");
      if (!used?.email) return null;
      const before = await tx.user.findUniqueOrThrow({ where: { id: used.userId }, select: { id: true, username: true, email: true } });
      await tx.user.update({ where: { id: before.id }, data: { email: used.email, emailVerifiedAt: new Date() }, select: { id: true } });
      // The used link stays (until the next link or a new password): opened again, by Back after
      // confirming, its page tells its owner the address is verified (usedVerificationLinkOf).
      await tx.accountToken.deleteMany({ where: { userId: before.id, purpose: "VERIFY_EMAIL", usedAt: null } });
      const changed = before.email !== used.email;
      if (changed) {
        await tx.accountToken.deleteMany({ where: { userId: before.id, purpose: "PASSWORD_RESET" } });
        await queueMail(tx, addressChangedMail(before.email, before.username, used.email));
      }
      return { userId: before.id, changed };
    });
  } catch (error) {
    if (!uniqueViolation(error)?.includes("email")) throw error;
    // That address can never be this account's now: the link is used up, and the settings stop waiting for it.
    await db.$transaction((tx) => consumeToken(tx, input.token, "VERIFY_EMAIL"));
    return refusal(ADDRESS_TAKEN);
  }
  if (!outcome) return refusal(INVALID_LINK);
  if (outcome.changed) wakeMailWorker();
  (await requestLogger()).info({ event: "email-verified", userId: outcome.userId, changed: outcome.changed }, "Email address verified");
  return { ok: true, changed: outcome.changed };
}
