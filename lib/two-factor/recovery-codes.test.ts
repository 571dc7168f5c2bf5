import { beforeEach, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { createUser, enableTwoFactor, TEST_PASSWORD } from "@/test/factories";
import { request } from "@/test/next/runtime";
import { browserSignedInAs, form, signInAs } from "@/test/next/session";
import { codeStep, passwordStep } from "@/test/two-factor";
import { renewRecoveryCodes } from "./actions";
import { getTwoFactorSettings } from "./queries";
import { RECOVERY_CODES_RENEWED } from "./schema";
import { ALREADY_OFF } from "./service";

// New recovery codes from the two-factor settings, through the real action, against PostgreSQL.

let user: Awaited<ReturnType<typeof createUser>>;
let peer = 0;

beforeEach(async () => {
  user = await createUser();
  request.setClientIp(`198.51.100.${++peer}`);
  request.switchBrowser();
});

/** Whether `code` finishes a login as `user` now, in a browser of its own. */
async function logsIn(code: string): Promise<boolean> {
  request.switchBrowser();
  const answer = await codeStep(await passwordStep(user.username), code);
  return "redirectedTo" in answer;
}

describe("making new recovery codes", () => {
  it("replaces every old code with 10 new ones, with the password, keeps the other sessions and mails the owner", async () => {
    const { recoveryCodes: old } = await enableTwoFactor(user.id);
    await signInAs(user.id);
    const phone = await browserSignedInAs(user.id);

    expect(await renewRecoveryCodes(null, form({ password: "not the password" }))).toMatchObject({
      ok: false,
      fieldErrors: { password: ["That is not your password."] },
    });
    expect(await db.emailOutbox.count({ where: { recipient: user.email, kind: "recovery-codes-renewed" } })).toBe(0);

    const renewed = await renewRecoveryCodes(null, form({ password: TEST_PASSWORD }));
    if (!renewed.ok || !("recoveryCodes" in renewed)) throw new Error(`Not renewed: ${JSON.stringify(renewed)}`);
    expect(renewed.message).toBe(RECOVERY_CODES_RENEWED);
    expect(new Set(renewed.recoveryCodes).size).toBe(10);
    expect(renewed.recoveryCodes.filter((code) => old.includes(code))).toEqual([]);
    expect(await getTwoFactorSettings(user)).toMatchObject({ state: "on", recoveryCodesLeft: 10 });
    expect(await phone(() => getCurrentUser())).toMatchObject({ id: user.id });
    expect(await db.emailOutbox.count({ where: { recipient: user.email, kind: "recovery-codes-renewed" } })).toBe(1);

    expect(await logsIn(old[0] ?? "")).toBe(false);
    expect(await logsIn(renewed.recoveryCodes[0] ?? "")).toBe(true);
  });

  it("keeps the old codes when the password is wrong", async () => {
    const { recoveryCodes } = await enableTwoFactor(user.id);
    await signInAs(user.id);
    await renewRecoveryCodes(null, form({ password: "" }));
    await renewRecoveryCodes(null, form({ password: "not the password" }));
    expect(await logsIn(recoveryCodes[0] ?? "")).toBe(true);
  });

  it("makes none while two-factor login is off", async () => {
    await signInAs(user.id);
    expect(await renewRecoveryCodes(null, form({ password: TEST_PASSWORD }))).toEqual({ ok: false, message: ALREADY_OFF });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });
});
