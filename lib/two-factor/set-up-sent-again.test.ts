import { beforeEach, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { RedirectError, request } from "@/test/next/runtime";
import { browserSignedInAs, form, signInAs } from "@/test/next/session";
import { confirmTwoFactor, startTwoFactorSetup } from "./actions";
import { getTwoFactorSettings } from "./queries";
import { SETUP_GONE } from "./service";
import { TWO_FACTOR_ALREADY_ON } from "./schema";
import { base32Decode, totpCode } from "./totp";

// Without JavaScript the recovery codes are the answer to the set-up's form itself (they must
// never be in an address), so reloading that page sends the form again, as may a double click
// or a second tab. Two-factor is on by then: the answer says so, shows no codes and changes
// nothing: the codes shown stay the ones that work, and no session ends.

let user: Awaited<ReturnType<typeof createUser>>;

beforeEach(async () => {
  user = await createUser();
  request.switchBrowser();
  await signInAs(user.id);
});

/** A form as the browser posts it without JavaScript (lib/actions/no-javascript.ts). */
function withoutJavaScript() {
  request.setHeader("content-type", "multipart/form-data; boundary=form");
}

/** Starts the set-up and answers the confirmation's form, with a code of the key the page shows. */
async function openSetUp(): Promise<FormData> {
  expect(await startTwoFactorSetup(null, form({}))).toEqual({ ok: true });
  const settings = await getTwoFactorSettings(user);
  const secret = settings.state === "pending" ? base32Decode(settings.secretText) : null;
  if (!secret) throw new Error(`Expected a pending set-up, got ${settings.state}`);
  return form({ code: totpCode(secret), password: TEST_PASSWORD });
}

/** What must not move when the form comes again: the codes' hashes, the step used, the mails, the sessions. */
async function twoFactorState() {
  return {
    codes: (await db.recoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true }, orderBy: { codeHash: "asc" } })).map((row) => row.codeHash),
    row: await db.twoFactor.findUniqueOrThrow({ where: { userId: user.id }, select: { enabledAt: true, lastUsedStep: true } }),
    mails: await db.emailOutbox.count({ where: { recipient: user.email, kind: "two-factor-enabled" } }),
    sessions: await db.session.count({ where: { userId: user.id } }),
  };
}

describe("the set-up's confirmation sent again once two-factor is on", () => {
  it("answers the codes in place without JavaScript the first time, and the page afresh saying it is on the second", async () => {
    const confirmation = await openSetUp();
    withoutJavaScript();
    const first = await confirmTwoFactor(null, confirmation);
    if (!first.ok || !("recoveryCodes" in first)) throw new Error(`Not enabled: ${JSON.stringify(first)}`);
    expect(first.recoveryCodes).toHaveLength(10);
    // A device that signs in after the codes were shown, which the reload must not sign out.
    await browserSignedInAs(user.id);
    const before = await twoFactorState();
    expect(before.sessions).toBe(2);

    await expect(confirmTwoFactor(null, confirmation)).rejects.toEqual(new RedirectError("/settings/two-factor?done=on"));
    expect(await twoFactorState()).toEqual(before);
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  it("says it is on, without codes, to a form sent with JavaScript (a second tab), and changes nothing", async () => {
    const confirmation = await openSetUp();
    expect(await confirmTwoFactor(null, confirmation)).toMatchObject({ ok: true, recoveryCodes: expect.any(Array) });
    const before = await twoFactorState();

    expect(await confirmTwoFactor(null, confirmation)).toEqual({ ok: true, message: TWO_FACTOR_ALREADY_ON });
    expect(await twoFactorState()).toEqual(before);
  });

  it("still refuses a confirmation once the set-up is gone and two-factor is off", async () => {
    const confirmation = await openSetUp();
    await db.twoFactor.deleteMany({ where: { userId: user.id } });
    expect(await confirmTwoFactor(null, confirmation)).toEqual({ ok: false, message: SETUP_GONE });
  });
});
