import { beforeEach, describe, expect, it } from "vitest";
import { changePassword } from "@/lib/accounts/actions";
import { HOUR_MS, issueToken } from "@/lib/account-tokens/store";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { resetPassword } from "@/lib/password-reset/actions";
import { createUser, enableTwoFactor, TEST_PASSWORD } from "@/test/factories";
import { RedirectError, request } from "@/test/next/runtime";
import { browserSignedInAs, form } from "@/test/next/session";
import { codeStep, passwordStep } from "@/test/two-factor";
import { LOGIN_CODE_EXPIRED } from "./schema";
import { totpCode } from "./totp";

// Someone who knows the old password passes the login's first step; the owner then changes the
// password (or turns two-factor off and on). The proof the first step gave must end there, so
// that a code phished afterwards does not finish that login.

const NEW_PASSWORD = "an entirely new passphrase";

let user: Awaited<ReturnType<typeof createUser>>;
let secret: Buffer;
let peer = 0;

beforeEach(async () => {
  user = await createUser();
  ({ secret } = await enableTwoFactor(user.id));
  request.setClientIp(`198.51.100.${++peer}`);
  request.switchBrowser();
});

/** The attacker's code step, in a browser of its own: what it answers, and whether that browser is now signed in. */
async function finishWith(pendingLogin: string, code: string) {
  request.switchBrowser();
  const answer = await codeStep(pendingLogin, code);
  return { answer, signedIn: (await getCurrentUser())?.id === user.id };
}

const refusedToTheFirstStep = { answer: { ok: false, message: LOGIN_CODE_EXPIRED }, signedIn: false };

describe("a login waiting for its code", () => {
  it("finishes with a right code while the credentials stand (the control)", async () => {
    const pendingLogin = await passwordStep(user.username);
    expect(await finishWith(pendingLogin, totpCode(secret))).toEqual({ answer: { redirectedTo: "/settings" }, signedIn: true });
  });

  it("is sent back to the password once the owner changes it in settings, and uses up no code", async () => {
    const pendingLogin = await passwordStep(user.username);
    const owner = await browserSignedInAs(user.id);
    expect(await owner(() => changePassword(null, form({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))))
      .toMatchObject({ ok: true });

    expect(await finishWith(pendingLogin, totpCode(secret))).toEqual(refusedToTheFirstStep);
    expect(await db.twoFactor.findUniqueOrThrow({ where: { userId: user.id }, select: { lastUsedStep: true } })).toEqual({ lastUsedStep: null });
    // The owner's own login, with the new password, takes that same code.
    expect(await codeStep(await passwordStep(user.username, NEW_PASSWORD), totpCode(secret))).toEqual({ redirectedTo: "/settings" });
  });

  it("is sent back to the password once it is reset through a mailed link", async () => {
    const pendingLogin = await passwordStep(user.username);
    const token = await db.$transaction((tx) => issueToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", validForMs: HOUR_MS }));
    await expect(resetPassword(null, form({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))).rejects.toEqual(
      new RedirectError("/login?reset=done"),
    );

    expect(await finishWith(pendingLogin, totpCode(secret))).toEqual(refusedToTheFirstStep);
  });

  it("is sent back to the password once two-factor login is turned off and on again", async () => {
    const pendingLogin = await passwordStep(user.username);
    await db.twoFactor.delete({ where: { userId: user.id } });
    ({ secret } = await enableTwoFactor(user.id));

    expect(await finishWith(pendingLogin, totpCode(secret))).toEqual(refusedToTheFirstStep);
  });
});
