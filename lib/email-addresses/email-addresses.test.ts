import { describe, expect, it } from "vitest";
import { INVALID_LINK } from "@/lib/account-tokens/token";
import { changePassword, signUp } from "@/lib/accounts/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { linkIn, tokenOf } from "@/test/mail/smtp-catcher";
import { RedirectError, request } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { requestPasswordReset, resetPassword } from "@/lib/password-reset/actions";
import { changeEmail, resendVerification, verifyEmail } from "./actions";
import { maskedAddress } from "./mail";
import { getEmailStatus } from "./queries";
import { ADDRESS_TAKEN, ALREADY_VERIFIED, SAME_ADDRESS } from "./schema";

/** The newest queued mail to `to` of `kind`, and the token of its link. */
async function lastMailTo(to: string, kind: string) {
  const mail = await db.emailOutbox.findFirst({ where: { recipient: to, kind }, orderBy: { id: "desc" } });
  if (!mail) throw new Error(`No ${kind} mail to ${to}`);
  return mail;
}

async function verificationToken(to: string) {
  return tokenOf(linkIn((await lastMailTo(to, "verify-email")).body, "/verify-email"));
}

const account = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { email: true, emailVerifiedAt: true } });

describe("verifying an address", () => {
  it("mails a new account a link; the account works unverified until the link is opened", async () => {
    request.setClientIp("198.51.100.20");
    await expect(
      signUp(null, form({ username: "verify_me", email: "Verify.Me@Example.test", displayName: "Verify Me", password: "a long secret phrase" })),
    ).rejects.toEqual(new RedirectError("/"));
    const user = await getCurrentUser();
    expect(user?.emailVerifiedAt).toBeNull();
    const mail = await lastMailTo("verify.me@example.test", "verify-email");
    expect(mail.subject).toBe("Confirm your email address for Commons");

    const token = await verificationToken("verify.me@example.test");
    await expect(verifyEmail(null, form({ token }))).rejects.toEqual(new RedirectError("/verify-email?verified=yes"));
    expect((await account(user!.id)).emailVerifiedAt).not.toBeNull();
    expect(await db.accountToken.count({ where: { userId: user!.id, usedAt: null } })).toBe(0);
  });

  it("resends on request, at most 3 an hour, and only while unverified", async () => {
    const user = await createUser({ unverified: true });
    await signInAs(user.id);
    const answers = [];
    for (let index = 0; index < 4; index++) answers.push(await resendVerification(null, form({})));
    expect(answers.map((answer) => answer.ok)).toEqual([true, true, true, false]);
    expect(answers[0]).toMatchObject({ message: `We sent a new link to ${user.email}.` });
    expect(answers[3]?.message).toBe("That is as many new links as an hour allows. Try again in 60 minutes.");
    expect(await db.emailOutbox.count({ where: { recipient: user.email, kind: "verify-email" } })).toBe(3);
    // Only the newest link works.
    expect(await db.accountToken.count({ where: { userId: user.id } })).toBe(1);

    const verified = await createUser();
    await signInAs(verified.id);
    expect(await resendVerification(null, form({}))).toEqual({ ok: false, message: ALREADY_VERIFIED });
  });

  it("lets an address mistyped at sign-up be changed after every resend is spent, three changes an hour", async () => {
    const user = await createUser({ unverified: true });
    await signInAs(user.id);
    for (let index = 0; index < 3; index++) expect(await resendVerification(null, form({}))).toMatchObject({ ok: true });

    const changes = [];
    for (const address of ["right@example.test", "righter@example.test", "rightest@example.test", "fourth@example.test"]) {
      changes.push(await changeEmail(null, form({ email: address, password: TEST_PASSWORD })));
    }
    expect(changes.map((answer) => answer.ok)).toEqual([true, true, true, false]);
    expect(changes[3]).toMatchObject({ message: "That is as many address changes as an hour allows. Try again in 60 minutes." });
    expect(await db.emailOutbox.count({ where: { recipient: "fourth@example.test" } })).toBe(0);
  });
});

describe("changing the address", () => {
  it("needs the password, keeps the old address until the new one is verified, then tells the old one", async () => {
    const user = await createUser();
    await signInAs(user.id);
    await db.accountToken.create({ data: { userId: user.id, purpose: "PASSWORD_RESET", tokenHash: "a".repeat(64), expiresAt: new Date(Date.now() + 60_000) } });

    expect(await changeEmail(null, form({ email: "new-home@example.test", password: "wrong password" }))).toMatchObject({
      ok: false,
      fieldErrors: { password: ["That is not your password."] },
    });
    expect(await changeEmail(null, form({ email: user.email, password: TEST_PASSWORD }))).toMatchObject({ fieldErrors: { email: [SAME_ADDRESS] } });
    expect(await db.emailOutbox.count({ where: { kind: "verify-email", recipient: "new-home@example.test" } })).toBe(0);

    expect(await changeEmail(null, form({ email: " New-Home@Example.test ", password: TEST_PASSWORD }))).toMatchObject({ ok: true });
    expect(await account(user.id)).toMatchObject({ email: user.email });

    const token = await verificationToken("new-home@example.test");
    await expect(verifyEmail(null, form({ token }))).rejects.toEqual(new RedirectError("/verify-email?verified=changed"));
    expect((await account(user.id)).email).toBe("new-home@example.test");
    const notice = await lastMailTo(user.email, "email-changed");
    expect(notice.body).toContain(maskedAddress("new-home@example.test"));
    expect(notice.body).not.toContain("new-home@example.test");
    // Reset links mailed to the old address stop working.
    expect(await db.accountToken.count({ where: { userId: user.id, purpose: "PASSWORD_RESET" } })).toBe(0);
  });

  it("tells the address in use, without naming the new one whole", async () => {
    const user = await createUser();
    await signInAs(user.id);
    expect(await changeEmail(null, form({ email: "elsewhere@example.test", password: TEST_PASSWORD }))).toMatchObject({ ok: true });
    const warning = await lastMailTo(user.email, "email-change-requested");
    expect(warning.body).toContain(maskedAddress("elsewhere@example.test"));
    expect(warning.body).not.toContain("elsewhere@example.test");
    expect(warning.body).toContain("change your password now");
  });

  // Someone who knew the password asked for their own address; the owner, told, sets a new password.
  it.each(["changed in the settings", "reset through a mailed link"])("opens nothing once the password is %s, and the address stays", async (how) => {
    const user = await createUser();
    await signInAs(user.id);
    expect(await changeEmail(null, form({ email: "intruder@example.test", password: TEST_PASSWORD }))).toMatchObject({ ok: true });
    const intrudersLink = await verificationToken("intruder@example.test");
    const newPassword = "the owner's new passphrase";
    if (how === "changed in the settings") {
      expect(await changePassword(null, form({ currentPassword: TEST_PASSWORD, newPassword, confirmPassword: newPassword }))).toMatchObject({ ok: true });
    } else {
      request.setClientIp("198.51.100.77");
      await requestPasswordReset(null, form({ email: user.email }));
      const reset = tokenOf(linkIn((await lastMailTo(user.email, "password-reset")).body, "/reset-password"));
      await expect(resetPassword(null, form({ token: reset, newPassword, confirmPassword: newPassword }))).rejects.toEqual(new RedirectError("/login?reset=done"));
    }
    expect(await verifyEmail(null, form({ token: intrudersLink }))).toEqual({ ok: false, message: INVALID_LINK });
    expect((await account(user.id)).email).toBe(user.email);
    expect(await db.accountToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses, at the link, an address another account took meanwhile, and changes nothing", async () => {
    const user = await createUser();
    await signInAs(user.id);
    expect(await changeEmail(null, form({ email: "contested@example.test", password: TEST_PASSWORD }))).toMatchObject({ ok: true });
    const token = await verificationToken("contested@example.test");
    await db.user.update({ where: { id: (await createUser()).id }, data: { email: "contested@example.test" } });
    expect(await verifyEmail(null, form({ token }))).toEqual({ ok: false, message: ADDRESS_TAKEN });
    expect((await account(user.id)).email).toBe(user.email);
    // The link is used up: the settings no longer wait for that address, and it cannot be tried again.
    expect(await getEmailStatus(user.id)).toMatchObject({ email: user.email, pendingEmail: null });
    expect(await verifyEmail(null, form({ token }))).toEqual({ ok: false, message: INVALID_LINK });
  });

  it("lets only the newest requested address through", async () => {
    const user = await createUser();
    await signInAs(user.id);
    await changeEmail(null, form({ email: "typo@example.tset", password: TEST_PASSWORD }));
    const stale = await verificationToken("typo@example.tset");
    await changeEmail(null, form({ email: "right@example.test", password: TEST_PASSWORD }));
    expect(await verifyEmail(null, form({ token: stale }))).toMatchObject({ ok: false });
    expect((await account(user.id)).email).toBe(user.email);
  });
});
