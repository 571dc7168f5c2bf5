import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { RedirectError, request } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { deleteAccount, signUp } from "./actions";
import { USERNAME_RETIRED } from "./schema";

// A deleted account's username is reserved for good (README, "Accounts"): the
// database keeps it in retired_usernames and refuses it to any new or renamed row.

const signUpForm = (username: string) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  return form({ username, email: `new_${suffix}@example.com`, displayName: "Someone New", password: "a long secret phrase" });
};

async function deletedAccountsName(): Promise<string> {
  const user = await createUser();
  await signInAs(user.id);
  await expect(deleteAccount(null, form({ password: TEST_PASSWORD }))).rejects.toEqual(new RedirectError("/?farewell=1"));
  request.switchBrowser();
  return user.username;
}

describe("retired usernames", () => {
  it("keeps a deleted account's username, and refuses it at sign-up in any case with a field message", async () => {
    const username = await deletedAccountsName();
    expect(await db.retiredUsername.count({ where: { username } })).toBe(1);
    const users = await db.user.count();

    for (const typed of [username, username.toUpperCase(), ` ${username} `]) {
      expect(await signUp(null, signUpForm(typed))).toMatchObject({ ok: false, fieldErrors: { username: [USERNAME_RETIRED] } });
    }
    expect(await db.user.count()).toBe(users);
    expect(request.cookieNames()).toEqual([]);
  });

  it("is enforced by the database itself: inserting or renaming to a retired name fails", async () => {
    const username = await deletedAccountsName();
    await expect(createUser({ username })).rejects.toMatchObject({ code: "P2002" });
    const other = await createUser();
    await expect(db.user.update({ where: { id: other.id }, data: { username } })).rejects.toMatchObject({ code: "P2002" });
    expect(await db.user.count({ where: { username } })).toBe(0);
  });

  it("retires names however the rows go, and leaves other names free", async () => {
    const [first, second] = await Promise.all([createUser(), createUser()]);
    await db.user.deleteMany({ where: { id: { in: [first.id, second.id] } } });
    const retired = await db.retiredUsername.findMany({ where: { username: { in: [first.username, second.username] } } });
    expect(retired.map((row) => row.username).sort()).toEqual([first.username, second.username].sort());

    const fresh = `fresh_${Math.random().toString(36).slice(2, 8)}`;
    await expect(signUp(null, signUpForm(fresh))).rejects.toEqual(new RedirectError("/"));
    expect(await db.user.count({ where: { username: fresh } })).toBe(1);
  });

  it("lets no sign-up racing the deletion of the same account take its name", async () => {
    const owner = await createUser();
    await signInAs(owner.id);
    const ownerCookies = request.switchBrowser();
    const [deleted, ...signUps] = await Promise.allSettled([
      request.inBrowser(ownerCookies, () => deleteAccount(null, form({ password: TEST_PASSWORD }))),
      ...Array.from({ length: 4 }, () => request.inBrowser([], () => signUp(null, signUpForm(owner.username)))),
    ]);
    expect(deleted).toEqual({ status: "rejected", reason: new RedirectError("/?farewell=1") });
    for (const outcome of signUps) {
      expect(outcome.status).toBe("fulfilled");
      expect(outcome.status === "fulfilled" && outcome.value.ok).toBe(false);
    }
    expect(await db.user.count({ where: { username: owner.username } })).toBe(0);
  });
});
