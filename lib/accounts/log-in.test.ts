import { describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { INVALID_CREDENTIALS } from "@/lib/auth/authenticate";
import { limits } from "@/lib/auth/throttle";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { RedirectError, request } from "@/test/next/runtime";
import { form } from "@/test/next/session";
import { logIn, logOut } from "./actions";

const THROTTLED = "Too many attempts. Try again in 15 minutes.";
const WRONG_CREDENTIALS = { ok: false, fieldErrors: { password: [INVALID_CREDENTIALS] } };

/** What a login's answer says, on the form or on its password box; "accepted" for a success. */
function said(answer: Awaited<ReturnType<typeof logIn>>): string {
  if (answer.ok) return "accepted";
  return answer.message ?? answer.fieldErrors?.password?.[0] ?? "";
}

describe("logIn", () => {
  it("accepts the username or the email in any case and returns to the callback path", async () => {
    const user = await createUser();
    await expect(
      logIn(null, form({ identifier: user.username.toUpperCase(), password: TEST_PASSWORD, callbackUrl: "/settings" })),
    ).rejects.toEqual(new RedirectError("/settings"));
    expect((await getCurrentUser())?.id).toBe(user.id);

    request.switchBrowser();
    await expect(logIn(null, form({ identifier: ` ${user.email.toUpperCase()} `, password: TEST_PASSWORD }))).rejects.toEqual(
      new RedirectError("/"),
    );
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it("accepts the username as profiles show it, with its @", async () => {
    const user = await createUser();
    await expect(logIn(null, form({ identifier: ` @${user.username.toUpperCase()}`, password: TEST_PASSWORD }))).rejects.toEqual(
      new RedirectError("/"),
    );
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it("never redirects to another site", async () => {
    const user = await createUser();
    await expect(
      logIn(null, form({ identifier: user.username, password: TEST_PASSWORD, callbackUrl: "//evil.example/x" })),
    ).rejects.toEqual(new RedirectError("/"));
  });

  it("gives one generic message for a wrong password and for an unknown user", async () => {
    const user = await createUser();
    const wrongPassword = await logIn(null, form({ identifier: user.username, password: "not the password" }));
    const unknownUser = await logIn(null, form({ identifier: "nobody_here", password: TEST_PASSWORD }));
    // On the password box, which the page empties and focuses: the person types it again there.
    expect(wrongPassword).toEqual({ ok: false, fieldErrors: { password: [INVALID_CREDENTIALS] }, values: { identifier: user.username } });
    expect(unknownUser).toEqual({ ok: false, fieldErrors: { password: [INVALID_CREDENTIALS] }, values: { identifier: "nobody_here" } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("asks for both fields", async () => {
    expect(await logIn(null, form({ identifier: "", password: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { identifier: ["Enter your username or email."], password: ["Enter your password."] },
    });
  });

  it("lets no one source make more than 5 guesses at an account, not even with the right password after them", async () => {
    const user = await createUser();
    request.setClientIp("198.51.100.1");
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await logIn(null, form({ identifier: user.username, password: `wrong ${attempt}` }))).toMatchObject(WRONG_CREDENTIALS);
    }
    expect(await logIn(null, form({ identifier: user.username, password: TEST_PASSWORD }))).toMatchObject({
      ok: false,
      message: THROTTLED,
    });
    expect(await getCurrentUser()).toBeNull();
  });

  it("does not let an attacker's failures from other addresses lock the owner out", async () => {
    const user = await createUser();
    for (let attacker = 1; attacker <= 4; attacker++) {
      request.setClientIp(`198.51.100.${attacker}`);
      for (let guess = 1; guess <= 6; guess++) await logIn(null, form({ identifier: user.username, password: `guess ${guess}` }));
      await logIn(null, form({ identifier: user.email, password: "one more" }));
    }
    request.setClientIp("203.0.113.50");
    await expect(logIn(null, form({ identifier: user.username, password: TEST_PASSWORD }))).rejects.toEqual(new RedirectError("/"));
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it("lets an owner who locked out their own address in from a clean one", async () => {
    const user = await createUser();
    request.setClientIp("203.0.113.60");
    for (let attempt = 1; attempt <= 6; attempt++) await logIn(null, form({ identifier: user.username, password: `typo ${attempt}` }));
    expect(await logIn(null, form({ identifier: user.username, password: TEST_PASSWORD }))).toMatchObject({ message: THROTTLED });

    request.setClientIp("203.0.113.61");
    await expect(logIn(null, form({ identifier: user.username, password: TEST_PASSWORD }))).rejects.toEqual(new RedirectError("/"));
  });

  it(`stops a distributed attack after ${limits.passwordPerAccount.max} guesses at one account in all`, async () => {
    const user = await createUser();
    const sources = limits.passwordPerAccount.max / limits.passwordPerSource.max + 2;
    const messages: string[] = [];
    for (let source = 0; source < sources; source++) {
      request.setClientIp(`198.18.0.${source}`);
      for (let guess = 0; guess < limits.passwordPerSource.max; guess++) {
        const result = await logIn(null, form({ identifier: user.username, password: `guess ${source}-${guess}` }));
        messages.push(said(result));
      }
    }
    expect(messages.filter((message) => message === INVALID_CREDENTIALS)).toHaveLength(limits.passwordPerAccount.max);
    expect(messages.slice(limits.passwordPerAccount.max).every((message) => message.startsWith("Too many attempts"))).toBe(true);
  });

  it("throttles 20 failures from one peer however it rotates X-Forwarded-For", async () => {
    for (let attempt = 0; attempt < limits.passwordPerIp.max; attempt++) {
      request.setHeader("x-forwarded-for", `10.0.${attempt}.1, 192.0.2.${attempt}, 198.51.100.77`);
      expect(await logIn(null, form({ identifier: `someone_${attempt}`, password: "guess" }))).toMatchObject(WRONG_CREDENTIALS);
    }
    const user = await createUser();
    request.setHeader("x-forwarded-for", "203.0.113.250, 198.51.100.77");
    expect(await logIn(null, form({ identifier: user.username, password: TEST_PASSWORD }))).toMatchObject({ message: THROTTLED });
  });

  it("treats a known and an unknown email alike: same answers, same throttling, also when switching to the username", async () => {
    const user = await createUser();
    const answers = async (email: string, username: string, ip: string) => {
      request.setClientIp(ip);
      const seen: string[] = [];
      for (let attempt = 0; attempt < 6; attempt++) seen.push(said(await logIn(null, form({ identifier: email, password: "wrong password" }))));
      seen.push(said(await logIn(null, form({ identifier: username, password: "wrong password" }))));
      return seen;
    };
    const known = await answers(user.email, user.username, "192.0.2.31");
    const unknown = await answers("nobody-at-all@example.com", "nobody_at_all", "192.0.2.32");
    expect(known).toEqual(unknown);
    expect(known).toEqual([...Array<string>(5).fill(INVALID_CREDENTIALS), THROTTLED, INVALID_CREDENTIALS]);
  });

  it("lets no more than 5 of a burst of parallel guesses reach the password check", async () => {
    const user = await createUser();
    request.setClientIp("198.51.100.150");
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, guess) => logIn(null, form({ identifier: user.username, password: `guess ${guess}` }))),
    );
    const messages = answers.map(said);
    const checked = messages.filter((message) => message === INVALID_CREDENTIALS).length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(messages.filter((message) => message?.startsWith("Too many attempts")).length).toBe(12 - checked);
  });

  it("does not count successful logins against the account", async () => {
    const user = await createUser();
    request.setClientIp("198.51.100.160");
    for (let login = 0; login < 6; login++) {
      await expect(logIn(null, form({ identifier: user.username, password: TEST_PASSWORD }))).rejects.toThrow(RedirectError);
    }
  });

  it("limits failed logins from one address across accounts", async () => {
    request.setClientIp("192.0.2.200");
    for (let attempt = 0; attempt < limits.passwordPerIp.max; attempt++) {
      await logIn(null, form({ identifier: `someone_${attempt}`, password: "guess" }));
    }
    const user = await createUser();
    expect(await logIn(null, form({ identifier: user.username, password: TEST_PASSWORD }))).toMatchObject({ message: THROTTLED });
  });
});

describe("logOut", () => {
  it("ends the session on this browser", async () => {
    const user = await createUser();
    await expect(logIn(null, form({ identifier: user.username, password: TEST_PASSWORD }))).rejects.toBeInstanceOf(
      RedirectError,
    );
    await expect(logOut()).rejects.toEqual(new RedirectError("/"));
    expect(await getCurrentUser()).toBeNull();
  });
});
