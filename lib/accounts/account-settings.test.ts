import { describe, expect, it } from "vitest";
import { SIGNED_OUT_MESSAGE } from "@/lib/actions/authed";
import { getCurrentUser } from "@/lib/auth/current-user";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createPost, createUser, TEST_PASSWORD } from "@/test/factories";
import { RedirectError, request } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { changePassword, deleteAccount } from "./actions";
import { SAME_PASSWORD } from "./schema";

const NEW_PASSWORD = "a brand new passphrase";
const THROTTLED = "Too many attempts. Try again in 15 minutes.";

describe("changePassword", () => {
  it("refuses anonymous visitors", async () => {
    const result = await changePassword(
      null,
      form({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    );
    expect(result).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
  });

  it("needs the current password and a matching confirmation", async () => {
    const user = await createUser();
    await signInAs(user.id);
    expect(
      await changePassword(null, form({ currentPassword: "wrong", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })),
    ).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["That is not your current password."] } });
    expect(
      await changePassword(null, form({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: "other" })),
    ).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["The passwords do not match."] } });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(await verifyPassword(stored.passwordHash, TEST_PASSWORD)).toBe(true);
  });

  it("asks for each empty field's own content, not calling two empty fields the current password", async () => {
    await signInAs((await createUser()).id);
    expect(await changePassword(null, form({ currentPassword: "", newPassword: "", confirmPassword: "" }))).toEqual({
      ok: false,
      fieldErrors: { currentPassword: ["Enter your password."], newPassword: ["Password must be at least 8 characters."] },
      values: {},
    });
  });

  it("refuses a new password that is the current one, on the new password's field, and stores nothing", async () => {
    const user = await createUser();
    await signInAs(user.id);
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    const otherBrowser = request.switchBrowser();
    await signInAs(user.id);

    expect(
      await changePassword(null, form({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD })),
    ).toEqual({ ok: false, fieldErrors: { newPassword: [SAME_PASSWORD] }, values: {} });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(after.passwordHash).toBe(before.passwordHash);
    // Nothing was changed, so no other session was ended.
    request.switchBrowser(otherBrowser);
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it("refuses the 6th wrong current password in a row with the throttle message, and the right one after it too", async () => {
    const user = await createUser();
    await signInAs(user.id);
    const attempt = (currentPassword: string) =>
      changePassword(null, form({ currentPassword, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }));
    for (let guess = 1; guess <= 5; guess++) {
      expect(await attempt(`guess ${guess}`)).toMatchObject({ fieldErrors: { currentPassword: ["That is not your current password."] } });
    }
    expect(await attempt("guess 6")).toEqual({ ok: false, message: THROTTLED });
    // The right password is refused too: a throttled attempt never reaches the password check.
    expect(await attempt(TEST_PASSWORD)).toEqual({ ok: false, message: THROTTLED });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(await verifyPassword(stored.passwordHash, TEST_PASSWORD)).toBe(true);
  });

  it("changes the password and ends every other session, keeping this one", async () => {
    const user = await createUser();
    await signInAs(user.id);
    const otherBrowser = request.switchBrowser();
    await signInAs(user.id);

    const result = await changePassword(
      null,
      form({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    );
    expect(result).toEqual({ ok: true, message: "Password changed. You were logged out everywhere else." });
    // The email says what the page says: this browser stays logged in.
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { recipient: user.email, kind: "password-changed" } });
    expect(mail.body).toContain("every other device was logged out");
    expect((await getCurrentUser())?.id).toBe(user.id);

    request.switchBrowser(otherBrowser);
    expect(await getCurrentUser()).toBeNull();
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(await verifyPassword(stored.passwordHash, NEW_PASSWORD)).toBe(true);
  });
});

describe("deleteAccount", () => {
  it("keeps everything when the password is wrong", async () => {
    const user = await createUser();
    await signInAs(user.id);
    expect(await deleteAccount(null, form({ password: "wrong" }))).toMatchObject({
      ok: false,
      fieldErrors: { password: ["That is not your password."] },
    });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("refuses the 6th wrong password in a row with the throttle message, and the right one after it too", async () => {
    const user = await createUser();
    await signInAs(user.id);
    for (let guess = 1; guess <= 5; guess++) {
      expect(await deleteAccount(null, form({ password: `guess ${guess}` }))).toMatchObject({
        fieldErrors: { password: ["That is not your password."] },
      });
    }
    expect(await deleteAccount(null, form({ password: "guess 6" }))).toEqual({ ok: false, message: THROTTLED });
    expect(await deleteAccount(null, form({ password: TEST_PASSWORD }))).toEqual({ ok: false, message: THROTTLED });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("refuses anonymous visitors", async () => {
    expect(await deleteAccount(null, form({ password: TEST_PASSWORD }))).toEqual({
      ok: false,
      message: SIGNED_OUT_MESSAGE,
    });
  });

  it("removes the user with their posts and ends the session", async () => {
    const user = await createUser();
    const friend = await createUser();
    const post = await createPost(user.id);
    await db.follow.create({ data: { followerId: friend.id, followeeId: user.id } });
    await signInAs(user.id);
    const otherBrowser = request.switchBrowser();
    await signInAs(user.id);

    await expect(deleteAccount(null, form({ password: TEST_PASSWORD }))).rejects.toEqual(
      new RedirectError("/?farewell=1"),
    );
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.post.count({ where: { id: post.id } })).toBe(0);
    expect(await db.follow.count({ where: { followeeId: user.id } })).toBe(0);
    expect(await getCurrentUser()).toBeNull();
    request.switchBrowser(otherBrowser);
    expect(await getCurrentUser()).toBeNull();
  });
});
