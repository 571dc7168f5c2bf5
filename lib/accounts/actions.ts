"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed";
import { type ActionResult, type FormState, echoedText, failure, fieldFailure, formText, validationFailure } from "@/lib/actions/result";
import { unlessDatabaseUnavailable } from "@/lib/actions/unavailable";
import { authenticate } from "@/lib/auth/authenticate";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { clientIp } from "@/lib/auth/client-ip";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endSession, startSession } from "@/lib/auth/session-cookie";
import { checkPassword, limits, type PasswordCheck, reserveAttempt, throttledMessage } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { uniqueViolation } from "@/lib/db-errors";
import { requestLogger } from "@/lib/logging/request-logger";
import { noteActionEntered } from "@/lib/server/action-entry";
import { deleteUnreferencedFiles } from "@/lib/uploads/cleanup";
import {
  SIGN_UP_REFUSED,
  USERNAME_TAKEN,
  changePasswordSchema,
  deleteAccountSchema,
  logInFormEcho,
  logInSchema,
  signUpFormEcho,
  signUpSchema,
} from "./schema";

export const signUp = unlessDatabaseUnavailable(async (_previous: FormState, formData: FormData): Promise<ActionResult> => {
  const values = formText(formData, ["username", "email", "displayName", "password"]);
  const echoed = echoedText(formData, signUpFormEcho);
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, echoed);

  const ip = await clientIp();
  const attempt = await reserveAttempt([[limits.signupPerIp, ip]]);
  if (attempt.throttled) {
    await attempt.release();
    (await requestLogger()).warn({ event: "sign-up", outcome: "throttled" }, "Sign-up refused: too many from this address");
    return failure(throttledMessage(attempt.throttled), echoed);
  }

  const { password, ...profile } = parsed.data;
  let user;
  try {
    user = await db.user.create({
      data: { ...profile, passwordHash: await hashPassword(password) },
      select: { id: true },
    });
  } catch (error) {
    const violated = uniqueViolation(error);
    if (violated === null) throw error;
    // Usernames are public on profiles; which emails have accounts is not.
    if (violated.includes("username")) return fieldFailure("username", USERNAME_TAKEN, echoed);
    return failure(SIGN_UP_REFUSED, echoed);
  }

  (await requestLogger()).info({ event: "sign-up", outcome: "success", userId: user.id }, "Account created");
  await startSession(user);
  redirect("/");
}, signUpFormEcho);

export const logIn = unlessDatabaseUnavailable(async (_previous: FormState, formData: FormData): Promise<ActionResult> => {
  const values = formText(formData, ["identifier", "password", "callbackUrl"]);
  const echoed = echoedText(formData, logInFormEcho);
  const parsed = logInSchema.safeParse(values);
  if (!parsed.success) return validationFailure(parsed.error, echoed);

  const result = await authenticate(parsed.data.identifier, parsed.data.password, await clientIp());
  if (!result.ok) return failure(result.message, echoed);

  await startSession(result.user);
  redirect(safeCallbackUrl(values.callbackUrl));
}, logInFormEcho);

export async function logOut(): Promise<void> {
  noteActionEntered();
  await endSession();
  redirect("/");
}

/** Checks a signed-in user's password through the same throttle as logging in. */
async function checkOwnPassword(userId: string, password: string): Promise<PasswordCheck> {
  return checkPassword(`user:${userId}`, await clientIp(), async () => {
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    return verifyPassword(passwordHash, password);
  });
}

export const changePassword = authedAction(
  {
    fields: ["currentPassword", "newPassword", "confirmPassword"],
    schema: changePasswordSchema,
  },
  async (user, input) => {
    const check = await checkOwnPassword(user.id, input.currentPassword);
    if (check.outcome === "throttled") return failure(check.message);
    if (check.outcome === "wrong") return fieldFailure("currentPassword", "That is not your current password.");
    // Every session ends, this one included; this browser then gets a new one.
    await db.$transaction([
      db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword) } }),
      db.session.deleteMany({ where: { userId: user.id } }),
    ]);
    await startSession(user);
    return { ok: true, message: "Password changed. You were logged out everywhere else." };
  },
);

export const deleteAccount = authedAction(
  { fields: ["password"], schema: deleteAccountSchema },
  async (user, input) => {
    const check = await checkOwnPassword(user.id, input.password);
    if (check.outcome === "throttled") return failure(check.message);
    if (check.outcome === "wrong") return fieldFailure("password", "That is not your password.");
    const images = await db.postImage.findMany({ where: { post: { authorId: user.id } }, select: { fileKey: true } });
    const files = [user.avatarKey, ...images.map((image) => image.fileKey)].filter((key) => key !== null);
    // Posts, comments, likes, follows and sessions go with the user (ON DELETE CASCADE).
    await db.user.delete({ where: { id: user.id } });
    (await requestLogger()).info({ event: "account-deleted", userId: user.id }, "Account deleted");
    await deleteUnreferencedFiles(files);
    await endSession();
    redirect("/?farewell=1");
  },
);
