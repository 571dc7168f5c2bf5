import { describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";
import { RedirectError, request } from "@/test/next/runtime";
import { form } from "@/test/next/session";
import { THEME_COOKIE } from "@/lib/preferences/theme";
import { signUp } from "./actions";
import { SIGN_UP_REFUSED, USERNAME_TAKEN } from "./schema";

const valid = { username: "New_Person", email: "New.Person@Example.com", displayName: "  New Person ", password: "a long secret phrase" };

function uniqueInput(overrides: Partial<typeof valid> = {}) {
  const suffix = Math.random().toString(36).slice(2, 8);
  return { ...valid, username: `np_${suffix}`, email: `np_${suffix}@example.com`, ...overrides };
}

describe("signUp", () => {
  it("creates the account with normalised fields and a hashed password, signs in and goes home", async () => {
    await expect(signUp(null, form(valid))).rejects.toEqual(new RedirectError("/"));

    const user = await db.user.findUniqueOrThrow({ where: { username: "new_person" }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ email: "new.person@example.com", displayName: "New Person", role: "USER" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it("starts the account in the theme chosen in this browser before it existed", async () => {
    request.switchBrowser([{ name: THEME_COOKIE, value: "dark" }]);
    const input = uniqueInput();
    await expect(signUp(null, form(input))).rejects.toEqual(new RedirectError("/"));
    expect(await db.user.findUniqueOrThrow({ where: { username: input.username }, select: { theme: true } })).toEqual({ theme: "dark" });

    request.switchBrowser([{ name: THEME_COOKIE, value: "sepia" }]);
    const other = uniqueInput();
    await expect(signUp(null, form(other))).rejects.toEqual(new RedirectError("/"));
    expect(await db.user.findUniqueOrThrow({ where: { username: other.username }, select: { theme: true } })).toEqual({ theme: "system" });
  });

  it("takes a username typed with the @ profiles show before it, and stores it without", async () => {
    const input = uniqueInput();
    await expect(signUp(null, form({ ...input, username: `@${input.username}` }))).rejects.toEqual(new RedirectError("/"));
    expect(await db.user.count({ where: { username: input.username } })).toBe(1);
  });

  it("lands the new account on the page that sent its visitor to log in, and never on another site", async () => {
    await expect(signUp(null, form({ ...uniqueInput(), callbackUrl: "/@ada?tab=likes" }))).rejects.toEqual(new RedirectError("/@ada?tab=likes"));
    request.switchBrowser();
    await expect(signUp(null, form({ ...uniqueInput(), callbackUrl: "//evil.example/x" }))).rejects.toEqual(new RedirectError("/"));
  });

  it.each([
    ["username", { username: "" }, "Choose a username."],
    ["username", { username: " @ " }, "Choose a username."],
    ["username", { username: "ab" }, "Username must be at least 3 characters."],
    ["username", { username: "no spaces!" }, "Use only letters, digits and underscores."],
    ["username", { username: "settings" }, "This username is reserved."],
    ["email", { email: "  " }, "Enter your email address."],
    ["email", { email: "not-an-email" }, "Enter a valid email address."],
    ["displayName", { displayName: "   " }, "Enter a display name."],
    ["displayName", { displayName: "x".repeat(51) }, "Display name must be at most 50 characters."],
    ["password", { password: "short" }, "Password must be at least 8 characters."],
    ["password", { password: "x".repeat(129) }, "Password must be at most 128 characters."],
    ["password", { password: "Password123" }, "This password is too common. Choose another."],
  ])("refuses a bad %s with its message and creates nothing", async (field, overrides, message) => {
    const input = uniqueInput(overrides);
    const before = await db.user.count();
    const result = await signUp(null, form(input));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(result.ok === false && result.values?.password).toBeUndefined();
    // Usernames are public on profiles; which emails have accounts is not.
    expect(SIGN_UP_REFUSED).not.toMatch(/email|exists|taken/i);
    expect(await db.user.count()).toBe(before);
    expect(request.cookieNames()).toEqual([]);
  });

  it("refuses a taken username, and a taken email without saying that it has an account", async () => {
    const existing = await createUser();
    expect(await signUp(null, form(uniqueInput({ username: existing.username.toUpperCase() })))).toMatchObject({
      ok: false,
      fieldErrors: { username: [USERNAME_TAKEN] },
    });
    const before = await db.user.count();
    const input = uniqueInput({ email: existing.email.toUpperCase() });
    expect(await signUp(null, form(input))).toEqual({
      ok: false,
      message: SIGN_UP_REFUSED,
      values: { username: input.username, email: input.email, displayName: input.displayName },
    });
    expect(await db.user.count()).toBe(before);
    expect(request.cookieNames()).toEqual([]);
  });


  it("lets exactly one of several simultaneous sign-ups for one username win", async () => {
    const username = `race_${Math.random().toString(36).slice(2, 8)}`;
    const attempts = Array.from({ length: 6 }, (_, index) => {
      request.setClientIp(`198.51.100.${index}`);
      return signUp(null, form(uniqueInput({ username, email: `${username}${index}@example.com` })));
    });
    const results = await Promise.allSettled(attempts);
    const winners = results.filter((result) => result.status === "rejected" && result.reason instanceof RedirectError);
    const refused = results.filter(
      (result) => result.status === "fulfilled" && result.value.ok === false && result.value.fieldErrors?.username,
    );
    expect(winners).toHaveLength(1);
    expect(refused).toHaveLength(5);
    expect(await db.user.count({ where: { username } })).toBe(1);
  });

  it("limits sign-ups from one address", async () => {
    request.setClientIp("192.0.2.77");
    for (let index = 0; index < 10; index++) {
      await expect(signUp(null, form(uniqueInput()))).rejects.toBeInstanceOf(RedirectError);
    }
    const result = await signUp(null, form(uniqueInput()));
    expect(result).toMatchObject({ ok: false, message: "Too many attempts. Try again in 60 minutes." });
  });
});
