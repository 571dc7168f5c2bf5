import { beforeEach, describe, expect, it } from "vitest";
import { logIn } from "@/lib/accounts/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { limits } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { createUser, enableTwoFactor, TEST_PASSWORD } from "@/test/factories";
import { RedirectError, request } from "@/test/next/runtime";
import { browserSignedInAs, form, signInAs } from "@/test/next/session";
import { codeStep, passwordStep as logInPasswordStep } from "@/test/two-factor";
import { confirmTwoFactor, disableTwoFactor, startTwoFactorSetup } from "./actions";
import { pendingLoginToken, readPendingLogin } from "./pending-login";
import { getTwoFactorSettings } from "./queries";
import { LOGIN_CODE_EXPIRED, WRONG_CODE, isCodeStep } from "./schema";
import { openSecret } from "./secret-box";
import { ALREADY_OFF } from "./service";
import { base32Decode, hotp, timeStep, totpCode } from "./totp";
import { checkSecondFactor } from "./verify";

// Two-factor login (issue 17) through the real actions, against PostgreSQL.

let user: Awaited<ReturnType<typeof createUser>>;
let peer = 0;

beforeEach(async () => {
  user = await createUser();
  // Each test from an address of its own: the throttle's per-address counters are the same table for all.
  request.setClientIp(`198.51.100.${++peer}`);
  request.switchBrowser();
});

/** The password step as `user` (test/two-factor.ts). */
const passwordStep = (identifier = user.username) => logInPasswordStep(identifier);

const codeAt = (secret: Buffer, offsetSteps: number) => hotp(secret, timeStep() + offsetSteps);

describe("setting two-factor login up", () => {
  it("shows a new secret, turns on with its code and the password, and answers 10 recovery codes stored only as hashes", async () => {
    await signInAs(user.id);
    const phone = await browserSignedInAs(user.id);
    expect(await startTwoFactorSetup(null, form({}))).toEqual({ ok: true });
    const settings = await getTwoFactorSettings(user);
    if (settings.state !== "pending") throw new Error(`Expected a pending set-up, got ${settings.state}`);
    const secret = base32Decode(settings.secretText);
    if (!secret) throw new Error("The shown key is not base32");
    expect(secret).toHaveLength(20);
    expect(settings.otpauthUri).toContain(`secret=${settings.secretText.replaceAll(" ", "")}`);

    // The stored secret is sealed: not the key, and not readable by the default client.
    const row = await db.twoFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row).not.toHaveProperty("secretSealed");
    const { secretSealed } = await db.twoFactor.findUniqueOrThrow({ where: { userId: user.id }, select: { secretSealed: true } });
    expect(secretSealed).not.toContain(settings.secretText.replaceAll(" ", ""));
    expect(openSecret(secretSealed, user.id)).toEqual(secret);
    expect(openSecret(secretSealed, "another-user")).toBeNull();

    expect(await confirmTwoFactor(null, form({ code: "000000", password: TEST_PASSWORD }))).toMatchObject({
      ok: false,
      fieldErrors: { code: [WRONG_CODE] },
    });
    expect(await confirmTwoFactor(null, form({ code: totpCode(secret), password: "not the password" }))).toMatchObject({
      ok: false,
      fieldErrors: { password: ["That is not your password."] },
    });
    expect((await getTwoFactorSettings(user)).state).toBe("pending");

    const enabled = await confirmTwoFactor(null, form({ code: ` ${totpCode(secret).slice(0, 3)} ${totpCode(secret).slice(3)} `, password: TEST_PASSWORD }));
    if (!enabled.ok || !("recoveryCodes" in enabled)) throw new Error(`Not enabled: ${JSON.stringify(enabled)}`);
    expect(enabled.recoveryCodes).toHaveLength(10);
    expect(new Set(enabled.recoveryCodes).size).toBe(10);
    const hashes = await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
    expect(hashes).toHaveLength(10);
    for (const code of enabled.recoveryCodes) expect(hashes.map((row) => row.codeHash).join()).not.toContain(code.replace("-", ""));
    expect(await getTwoFactorSettings(user)).toMatchObject({ state: "on", recoveryCodesLeft: 10 });

    // This browser stays; the phone's session ended; the owner is told by mail.
    expect((await getCurrentUser())?.id).toBe(user.id);
    expect(await phone(() => getCurrentUser())).toBeNull();
    expect(await db.emailOutbox.count({ where: { recipient: user.email, kind: "two-factor-enabled" } })).toBe(1);
  });

  it("cannot be started again once on (confirming again: set-up-sent-again.test.ts)", async () => {
    await enableTwoFactor(user.id);
    await signInAs(user.id);
    expect(await startTwoFactorSetup(null, form({}))).toEqual({ ok: false, message: "Two-factor login is already on." });
  });
});

describe("logging in with two-factor on", () => {
  it("asks for a code after the right password, and only the code opens a session", async () => {
    const { secret } = await enableTwoFactor(user.id);
    const pendingLogin = await passwordStep();
    expect(await getCurrentUser()).toBeNull();

    expect(await codeStep(pendingLogin, "123456" === totpCode(secret) ? "654321" : "123456")).toMatchObject({
      ok: false,
      fieldErrors: { code: [WRONG_CODE] },
      pendingLogin,
    });
    expect(await getCurrentUser()).toBeNull();
    expect(await codeStep(pendingLogin, totpCode(secret))).toEqual({ redirectedTo: "/settings" });
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it("names the account its code is for, also to someone who logged in by email and after a refused code", async () => {
    const { secret } = await enableTwoFactor(user.id);
    const asked = await logIn(null, form({ identifier: user.email.toUpperCase(), password: TEST_PASSWORD }));
    expect(asked).toMatchObject({ ok: false, username: user.username });
    const pendingLogin = isCodeStep(asked) ? asked.pendingLogin : "";
    expect(await codeStep(pendingLogin, "")).toMatchObject({ pendingLogin, username: user.username });
    const wrong = totpCode(secret) === "123456" ? "654321" : "123456";
    expect(await codeStep(pendingLogin, wrong)).toMatchObject({ fieldErrors: { code: [WRONG_CODE] }, pendingLogin, username: user.username });
  });

  it("refuses a code used once already, in its own window and after a later one", async () => {
    const { secret } = await enableTwoFactor(user.id);
    const now = totpCode(secret);
    expect(await codeStep(await passwordStep(), now)).toEqual({ redirectedTo: "/settings" });

    request.switchBrowser();
    expect(await codeStep(await passwordStep(), now)).toMatchObject({ ok: false, fieldErrors: { code: [WRONG_CODE] } });
    expect(await getCurrentUser()).toBeNull();

    // The next step's code works (drift), and then the current one is refused although still in the window.
    const next = codeAt(secret, 1);
    request.switchBrowser();
    expect(await codeStep(await passwordStep(), next)).toEqual({ redirectedTo: "/settings" });
    expect(await checkSecondFactor(user.id, codeAt(secret, 0), "192.0.2.200")).toEqual({ ok: false, message: WRONG_CODE });
  });

  it("lets one of two simultaneous logins with the same code through", async () => {
    const { secret } = await enableTwoFactor(user.id);
    const code = totpCode(secret);
    const results = await Promise.all([checkSecondFactor(user.id, code, "192.0.2.201"), checkSecondFactor(user.id, code, "192.0.2.202")]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it("accepts one step of clock drift either way, not two", async () => {
    const { secret } = await enableTwoFactor(user.id);
    const at = Date.now();
    const step = timeStep(at);
    const drifted = (offset: number) => hotp(secret, step + offset);
    // Earlier steps first: each accepted code moves the last used step forward.
    const tooOld = drifted(-2);
    const usable = [drifted(-1), drifted(0), drifted(1)];
    if (!usable.includes(tooOld)) expect(await checkSecondFactor(user.id, tooOld, "192.0.2.210", at)).toMatchObject({ ok: false });
    expect(await checkSecondFactor(user.id, drifted(-1), "192.0.2.210", at)).toEqual({ ok: true, kind: "app" });
    expect(await checkSecondFactor(user.id, drifted(1), "192.0.2.210", at)).toEqual({ ok: true, kind: "app" });
    const tooNew = drifted(2);
    if (!usable.includes(tooNew)) expect(await checkSecondFactor(user.id, tooNew, "192.0.2.210", at)).toMatchObject({ ok: false });
  });

  it("takes a recovery code once, as typed in any case and with or without its dash", async () => {
    const { recoveryCodes } = await enableTwoFactor(user.id);
    const [code = ""] = recoveryCodes;
    expect(await codeStep(await passwordStep(), ` ${code.toUpperCase().replace("-", " ")} `)).toEqual({ redirectedTo: "/settings" });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(9);

    request.switchBrowser();
    expect(await codeStep(await passwordStep(), code)).toMatchObject({ ok: false, fieldErrors: { code: [WRONG_CODE] } });
    expect(await getCurrentUser()).toBeNull();

    // Two at once with another code: it works for one of them.
    const other = recoveryCodes[1] ?? "";
    const results = await Promise.all([checkSecondFactor(user.id, other, "192.0.2.220"), checkSecondFactor(user.id, other, "192.0.2.221")]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(8);
  });

  it(`throttles codes like passwords: after ${limits.codePerSource.max} wrong ones, not even the right code gets in from that address`, async () => {
    const { secret } = await enableTwoFactor(user.id);
    const pendingLogin = await passwordStep();
    const wrong = (attempt: number) => String((Number(totpCode(secret)) + 500_000 + attempt) % 1_000_000).padStart(6, "0");
    for (let attempt = 1; attempt <= limits.codePerSource.max; attempt++) {
      expect(await codeStep(pendingLogin, wrong(attempt))).toMatchObject({ fieldErrors: { code: [WRONG_CODE] } });
    }
    expect(await codeStep(pendingLogin, totpCode(secret))).toMatchObject({
      ok: false,
      fieldErrors: { code: ["Too many attempts. Try again in 15 minutes."] },
    });
    expect(await getCurrentUser()).toBeNull();

    // The owner, from another address, still gets in: until 10 wrong codes for the account in all.
    request.setClientIp("203.0.113.99");
    expect(await codeStep(pendingLogin, totpCode(secret))).toEqual({ redirectedTo: "/settings" });
  });

  it("sends a forged, altered or expired proof of the password back to the first step", async () => {
    const { secret } = await enableTwoFactor(user.id);
    const real = await passwordStep();
    const other = await createUser();
    for (const pendingLogin of [
      "forged",
      `${real}x`,
      real.replace(/^./, (first) => (first === "A" ? "B" : "A")),
      pendingLoginToken(user, readPendingLogin(real)?.credentials ?? "", Date.now() - 10 * 60_000),
      pendingLoginToken(other, "").split(".")[0] + "." + real.split(".")[1],
      "x".repeat(100_000),
    ]) {
      expect(await codeStep(pendingLogin, totpCode(secret))).toEqual({ ok: false, message: LOGIN_CODE_EXPIRED });
    }
    expect(await getCurrentUser()).toBeNull();
  });

  it("logs in accounts without two-factor at once, as before", async () => {
    await expect(logIn(null, form({ identifier: user.username, password: TEST_PASSWORD }))).rejects.toEqual(new RedirectError("/"));
  });
});

describe("turning two-factor login off", () => {
  it("needs the password and a code, then removes the secret and recovery codes, ends other sessions and mails the owner", async () => {
    const { secret } = await enableTwoFactor(user.id);
    await signInAs(user.id);
    const laptop = await browserSignedInAs(user.id);

    expect(await disableTwoFactor(null, form({ password: "wrong password", code: totpCode(secret) }))).toMatchObject({
      fieldErrors: { password: ["That is not your password."] },
    });
    expect(await disableTwoFactor(null, form({ password: TEST_PASSWORD, code: "" }))).toMatchObject({ ok: false, fieldErrors: { code: [expect.any(String)] } });
    expect(await disableTwoFactor(null, form({ password: TEST_PASSWORD, code: codeAt(secret, 3) }))).toMatchObject({
      fieldErrors: { code: [WRONG_CODE] },
    });
    expect((await getTwoFactorSettings(user)).state).toBe("on");

    expect(await disableTwoFactor(null, form({ password: TEST_PASSWORD, code: totpCode(secret) }))).toMatchObject({ ok: true });
    expect(await db.twoFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect((await getCurrentUser())?.id).toBe(user.id);
    expect(await laptop(() => getCurrentUser())).toBeNull();
    expect(await db.emailOutbox.count({ where: { recipient: user.email, kind: "two-factor-disabled" } })).toBe(1);
    expect(await disableTwoFactor(null, form({ password: TEST_PASSWORD, code: totpCode(secret) }))).toEqual({ ok: false, message: ALREADY_OFF });

    request.switchBrowser();
    await expect(logIn(null, form({ identifier: user.username, password: TEST_PASSWORD }))).rejects.toEqual(new RedirectError("/"));
  });

  it("takes a recovery code in place of the app's", async () => {
    const { recoveryCodes } = await enableTwoFactor(user.id);
    await signInAs(user.id);
    expect(await disableTwoFactor(null, form({ password: TEST_PASSWORD, code: recoveryCodes[3] ?? "" }))).toMatchObject({ ok: true });
  });
});
