import { describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth";
import { INVALID_CREDENTIALS } from "@/lib/auth/authenticate";
import { createUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { RedirectError, request } from "@/lib/testing/next-runtime";
import { form } from "@/lib/testing/session";
import { logIn, logOut } from "./actions";

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
    expect(wrongPassword).toEqual({ ok: false, message: INVALID_CREDENTIALS, values: { identifier: user.username } });
    expect(unknownUser).toEqual({ ok: false, message: INVALID_CREDENTIALS, values: { identifier: "nobody_here" } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("asks for both fields", async () => {
    expect(await logIn(null, form({ identifier: "", password: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { identifier: ["Enter your username or email."], password: ["Enter your password."] },
    });
  });

  it("locks an account for 15 minutes after 5 failures, even for the right password", async () => {
    const user = await createUser();
    for (let attempt = 1; attempt <= 5; attempt++) {
      request.setClientIp(`198.51.100.${attempt}`);
      expect(await logIn(null, form({ identifier: user.username, password: `wrong ${attempt}` }))).toMatchObject({
        message: INVALID_CREDENTIALS,
      });
    }
    // Switching to the email address or to another IP does not help.
    request.setClientIp("198.51.100.99");
    expect(await logIn(null, form({ identifier: user.email, password: TEST_PASSWORD }))).toMatchObject({
      ok: false,
      message: "Too many attempts. Try again in 15 minutes.",
    });
    expect(await getCurrentUser()).toBeNull();
  });

  it("lets no more than 5 of a burst of parallel guesses reach the password check", async () => {
    const user = await createUser();
    request.setClientIp("198.51.100.150");
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, guess) => logIn(null, form({ identifier: user.username, password: `guess ${guess}` }))),
    );
    const messages = answers.map((answer) => (answer?.ok === false ? answer.message : "accepted"));
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
    for (let attempt = 0; attempt < 20; attempt++) {
      await logIn(null, form({ identifier: `someone_${attempt}`, password: "guess" }));
    }
    const user = await createUser();
    expect(await logIn(null, form({ identifier: user.username, password: TEST_PASSWORD }))).toMatchObject({
      message: "Too many attempts. Try again in 15 minutes.",
    });
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
