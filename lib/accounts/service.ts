import type { CurrentUser } from "@/lib/auth/current-user";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkPassword, limits, reserveAttempt, throttledMessage } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { uniqueViolation } from "@/lib/db-errors";
import { requestLogger } from "@/lib/logging/request-logger";
import { type Refusal, refusal } from "@/lib/services/refusal";
import { deleteUnreferencedFiles } from "@/lib/uploads/cleanup";
import { queueVerification } from "@/lib/email-addresses/verification";
import { queueMail, wakeMailWorker } from "@/lib/mail/outbox";
import { passwordChangedMail } from "@/lib/password-reset/mail";
import { SIGN_UP_REFUSED, USERNAME_RETIRED, USERNAME_TAKEN, type SignUpInput } from "./schema";
import type { Theme } from "@/lib/preferences/schema";
import { closeAccountLinks } from "@/lib/account-tokens/store";

// Writes to accounts. `ip` is the address the request came from: throttles
// count attempts per address. Starting and ending the browser's session is the
// action's part.

/**
 * Creates an account, at most `limits.signupPerIp` an hour from one address, and mails it a
 * verification link. It starts in `theme`, the one the person chose before they had an account.
 */
export async function signUp(input: SignUpInput, ip: string, theme: Theme = "system"): Promise<{ ok: true; userId: string } | Refusal> {
  const attempt = await reserveAttempt([[limits.signupPerIp, ip]]);
  if (attempt.throttled) {
    await attempt.release();
    (await requestLogger()).warn({ event: "sign-up", outcome: "throttled" }, "Sign-up refused: too many from this address");
    return refusal(throttledMessage(attempt.throttled));
  }
  const { password, ...profile } = input;
  let user;
  try {
    const passwordHash = await hashPassword(password);
    user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { ...profile, passwordHash, theme }, select: { id: true, username: true, email: true } });
      await queueVerification(tx, created, created.email);
      return created;
    });
  } catch (error) {
    const violated = uniqueViolation(error);
    if (violated === null) throw error;
    // Usernames are public on profiles, and so were deleted ones; which emails have accounts is not.
    if (violated.startsWith("retired_usernames")) return refusal(USERNAME_RETIRED, "username");
    return violated.includes("username") ? refusal(USERNAME_TAKEN, "username") : refusal(SIGN_UP_REFUSED);
  }
  wakeMailWorker();
  (await requestLogger()).info({ event: "sign-up", outcome: "success", userId: user.id }, "Account created");
  return { ok: true, userId: user.id };
}

/** Checks `user`'s own password through the same throttle as logging in; a wrong one gets `wrong`. */
export async function checkOwnPassword(user: CurrentUser, password: string, ip: string, wrong: Refusal): Promise<Refusal | null> {
  const check = await checkPassword(`user:${user.id}`, ip, async () => {
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    return verifyPassword(passwordHash, password);
  });
  if (check.outcome === "throttled") return refusal(check.message);
  if (check.outcome === "wrong") return wrong;
  return null;
}

/** Sets `user`'s new password, ends every session and mailed link of theirs and tells them by mail. */
export async function changePassword(
  user: CurrentUser,
  input: { currentPassword: string; newPassword: string },
  ip: string,
): Promise<{ ok: true } | Refusal> {
  const refused = await checkOwnPassword(user, input.currentPassword, ip, refusal("That is not your current password.", "currentPassword"));
  if (refused) return refused;
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    const { email } = await tx.user.update({ where: { id: user.id }, data: { passwordHash }, select: { email: true } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await closeAccountLinks(tx, user.id);
    await queueMail(tx, passwordChangedMail(email, user.username, "every other device"));
  });
  wakeMailWorker();
  return { ok: true };
}

/**
 * Deletes `user`'s account with everything in it, and the files only it used.
 * Its username stays retired for good (a trigger on users: retired_usernames).
 */
export async function deleteAccount(user: CurrentUser, input: { password: string }, ip: string): Promise<{ ok: true } | Refusal> {
  const refused = await checkOwnPassword(user, input.password, ip, refusal("That is not your password.", "password"));
  if (refused) return refused;
  const images = await db.postImage.findMany({ where: { post: { authorId: user.id } }, select: { fileKey: true } });
  const files = [user.avatarKey, ...images.map((image) => image.fileKey)].filter((key) => key !== null);
  // Posts, comments, likes, follows and sessions go with the user (ON DELETE CASCADE).
  await db.user.delete({ where: { id: user.id } });
  (await requestLogger()).info({ event: "account-deleted", userId: user.id }, "Account deleted");
  await deleteUnreferencedFiles(files);
  return { ok: true };
}
