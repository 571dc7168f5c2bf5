import { describe, expect, it } from "vitest";
import { logIn } from "@/lib/accounts/actions";
import { SIGNED_OUT_MESSAGE } from "@/lib/actions/authed";
import { getCurrentUser } from "@/lib/auth/current-user";
import { INVALID_CREDENTIALS, authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import { deletePost } from "@/lib/posts/actions";
import { createPost, createUser, TEST_PASSWORD } from "@/test/factories";
import { RedirectError, request } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { suspendUser, unsuspendUser } from "./actions";
import { suspendedLogInMessage } from "./appeal";
import { ADMINS_ONLY, CANNOT_SUSPEND_ADMIN, CANNOT_SUSPEND_YOURSELF, NO_SUCH_ACCOUNT } from "./schema";
import { UNREADABLE_FORM_MESSAGE } from "@/lib/actions/unavailable";

/** The mail of `kind` queued for `email`: subject and body. */
function mailOf(email: string, kind: string) {
  return db.emailOutbox.findMany({ where: { recipient: email, kind }, select: { subject: true, body: true } });
}

async function suspendedAt(userId: string) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { suspendedAt: true } })).suspendedAt;
}

describe("suspendUser", () => {
  it("ends the account's open sessions and refuses its logins, telling only the right password why", async () => {
    const [admin, member] = await Promise.all([createUser({ role: "ADMIN" }), createUser()]);
    await signInAs(member.id);
    const membersBrowser = request.switchBrowser();
    await signInAs(admin.id);

    expect(await suspendUser(null, form({ userId: member.id }))).toEqual({ ok: true, message: "Account suspended." });
    const since = await suspendedAt(member.id);
    if (!since) throw new Error("Not suspended");
    const told = suspendedLogInMessage(since);
    expect(told).toMatch(/^This account was suspended on \w+ \d{1,2}, \d{4}\. If you think this is a mistake, write to /);

    request.switchBrowser(membersBrowser);
    expect(await getCurrentUser()).toBeNull();
    expect(await logIn(null, form({ identifier: member.username, password: TEST_PASSWORD }))).toEqual({
      ok: false,
      message: told,
      values: { identifier: member.username },
    });
    // A wrong password gets the answer an unknown account gets, so suspension reveals no account.
    expect(await logIn(null, form({ identifier: member.username, password: "guess" }))).toMatchObject({
      fieldErrors: { password: [INVALID_CREDENTIALS] },
    });
    // next-auth's Credentials endpoint goes through the same check.
    expect(await authenticate(member.email, TEST_PASSWORD, "192.0.2.1")).toEqual({ ok: false, message: told });
    expect(await getCurrentUser()).toBeNull();
    // Told by mail too: no report led to it here, so none is named.
    const [mail, ...more] = await mailOf(member.email, "account-suspended");
    expect(more).toEqual([]);
    expect(mail?.subject).toBe("Your Commons account is suspended");
    expect(mail?.body).toContain(`suspended your account, @${member.username}.\nYou are logged out everywhere`);
  });

  it("treats a session as signed out once its account is suspended, even if its row were left", async () => {
    const member = await createUser();
    await signInAs(member.id);
    await db.user.update({ where: { id: member.id }, data: { suspendedAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("keeps the first date when asked twice", async () => {
    const [admin, member] = await Promise.all([createUser({ role: "ADMIN" }), createUser()]);
    await signInAs(admin.id);
    await suspendUser(null, form({ userId: member.id }));
    const first = await suspendedAt(member.id);
    expect(await suspendUser(null, form({ userId: member.id }))).toMatchObject({ ok: true });
    expect(await suspendedAt(member.id)).toEqual(first);
    expect(await mailOf(member.email, "account-suspended")).toHaveLength(1);
  });

  it("refuses non-admins, the admin themselves, other admins and unknown accounts", async () => {
    const [admin, otherAdmin, member, target] = await Promise.all([
      createUser({ role: "ADMIN" }),
      createUser({ role: "ADMIN" }),
      createUser(),
      createUser(),
    ]);
    expect(await suspendUser(null, form({ userId: target.id }))).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
    await signInAs(member.id);
    expect(await suspendUser(null, form({ userId: target.id }))).toEqual({ ok: false, message: ADMINS_ONLY });
    await signInAs(admin.id);
    expect(await suspendUser(null, form({ userId: admin.id }))).toEqual({ ok: false, message: CANNOT_SUSPEND_YOURSELF });
    expect(await suspendUser(null, form({ userId: otherAdmin.id }))).toEqual({ ok: false, message: CANNOT_SUSPEND_ADMIN });
    expect(await suspendUser(null, form({ userId: "nosuchuser" }))).toEqual({ ok: false, message: NO_SUCH_ACCOUNT });
    expect(await suspendUser(null, form({ userId: "Robert'); DROP" }))).toEqual({ ok: false, message: UNREADABLE_FORM_MESSAGE });
    for (const user of [admin, otherAdmin, target]) expect(await suspendedAt(user.id)).toBeNull();
  });

  it("cannot be set on an admin in the database either", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await expect(db.user.update({ where: { id: admin.id }, data: { suspendedAt: new Date() } })).rejects.toThrow(
      /users_admin_not_suspended_check/,
    );
  });
});

describe("unsuspendUser", () => {
  it("lets the account log in again, while the sessions the suspension ended stay ended", async () => {
    const [admin, member] = await Promise.all([createUser({ role: "ADMIN" }), createUser()]);
    await signInAs(member.id);
    const membersOldBrowser = request.switchBrowser();
    await signInAs(admin.id);
    await suspendUser(null, form({ userId: member.id }));
    expect(await unsuspendUser(null, form({ userId: member.id }))).toEqual({ ok: true, message: "Suspension lifted." });
    expect(await suspendedAt(member.id)).toBeNull();
    expect(await unsuspendUser(null, form({ userId: member.id }))).toMatchObject({ ok: true });
    expect(await mailOf(member.email, "suspension-lifted")).toEqual([
      { subject: "Your Commons account is active again", body: expect.stringContaining("you can log in again") },
    ]);

    request.switchBrowser(membersOldBrowser);
    expect(await getCurrentUser()).toBeNull();
    await expect(logIn(null, form({ identifier: member.username, password: TEST_PASSWORD }))).rejects.toEqual(
      new RedirectError("/"),
    );
    expect((await getCurrentUser())?.id).toBe(member.id);
  });

  it("refuses non-admins and unknown accounts", async () => {
    const [admin, member, target] = await Promise.all([createUser({ role: "ADMIN" }), createUser(), createUser()]);
    await db.user.update({ where: { id: target.id }, data: { suspendedAt: new Date() } });
    expect(await unsuspendUser(null, form({ userId: target.id }))).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
    await signInAs(member.id);
    expect(await unsuspendUser(null, form({ userId: target.id }))).toEqual({ ok: false, message: ADMINS_ONLY });
    expect(await suspendedAt(target.id)).toBeInstanceOf(Date);
    await signInAs(admin.id);
    expect(await unsuspendUser(null, form({ userId: "nosuchuser" }))).toEqual({ ok: false, message: NO_SUCH_ACCOUNT });
  });
});

describe("the admin role", () => {
  it("is read from the database on every request, so a demoted admin loses it at once", async () => {
    const [admin, author] = await Promise.all([createUser({ role: "ADMIN" }), createUser()]);
    const post = await createPost(author.id);
    await signInAs(admin.id);
    await db.user.update({ where: { id: admin.id }, data: { role: "USER" } });
    expect(await deletePost(null, form({ postId: post.id, redirectTo: "" }))).toEqual({
      ok: false,
      message: "This post is gone or is not yours to delete.",
    });
    expect(await db.post.count({ where: { id: post.id } })).toBe(1);
  });
});
