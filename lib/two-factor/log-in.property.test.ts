import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { logIn } from "@/lib/accounts/actions";
import { logInFormEcho } from "@/lib/accounts/schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { createUser, enableTwoFactor, TEST_PASSWORD } from "@/test/factories";
import { hostileForm, hostileString, runs, toFormData } from "@/test/hostile/input";
import { expectFormResult, settle } from "@/test/invariants";
import { ORIGIN, csrfToken, postForm } from "@/test/next/auth-route";
import { request } from "@/test/next/runtime";
import { signInAs } from "@/test/next/session";
import { passwordStep } from "@/test/two-factor";
import { confirmTwoFactor, disableTwoFactor } from "./actions";
import { TWO_FACTOR_ALREADY_ON } from "./schema";
import { hotp, timeStep } from "./totp";

// Hostile codes and proofs of the password, at the login form's second step, at
// next-auth's credentials endpoint and at the settings forms: never an
// exception or a 500, never a session, never a used-up code.

let user: Awaited<ReturnType<typeof createUser>>;
let secret: Buffer;
let recoveryCodes: string[];
let peer = 0;
let address = 0;

/** Each case from an address of its own, so the per-address limits do not answer them all. */
const nextAddress = () => `10.20.${Math.floor(++address / 250)}.${address % 250}`;

/** Codes that come close: wrong digits, the wrong length, the right shape of a recovery code, separators. */
const nearCode = fc.oneof(
  fc.stringMatching(/^\d{5,7}$/),
  fc.stringMatching(/^[2-9a-z]{5}-?[2-9a-z]{5}$/),
  fc.stringMatching(/^[\d -]{0,20}$/),
  fc.constantFrom("000000", "999999", "１２３４５６", "12345６", "123 456", "+123456", "0x1234", "1e5", "-12345"),
);
const hostileCode = fc.oneof(nearCode, hostileString);

/** What must not move: the last used step and the recovery codes. */
const secondFactorState = async () => ({
  row: await db.twoFactor.findUniqueOrThrow({ where: { userId: user.id }, select: { lastUsedStep: true, enabledAt: true } }),
  codes: await db.recoveryCode.count({ where: { userId: user.id } }),
});

/** A code that is right now would be a success, not a hostile input: skip it. */
const rightNow = (code: string) => [-1, 0, 1].some((offset) => code.replace(/[\s-]/g, "") === hotp(secret, timeStep() + offset)) || recoveryCodes.includes(code);

beforeAll(async () => {
  user = await createUser();
  ({ secret, recoveryCodes } = await enableTwoFactor(user.id));
});

beforeEach(() => {
  process.env.NEXTAUTH_URL = ORIGIN;
  // A fresh address for each property: the throttle would otherwise answer every case the same.
  request.setClientIp(`198.51.100.${++peer}`);
});

describe("the login form's code step with hostile input", () => {
  it("answers a form result, opens no session and uses nothing up", async () => {
    const pendingLogin = await passwordStep(user.username);
    const before = await secondFactorState();
    await fc.assert(
      fc.asyncProperty(
        hostileForm({ pendingLogin: fc.oneof(fc.constant(pendingLogin), hostileString), code: hostileCode, callbackUrl: hostileString }),
        async (fields) => {
          request.switchBrowser();
          request.setClientIp(nextAddress());
          const data = toFormData(fields);
          fc.pre(!rightNow(String(data.get("code") ?? "")));
          const outcome = await settle(() => logIn(null, data));
          if (!("result" in outcome)) throw new Error(`Logged in with ${JSON.stringify(fields)}`);
          // The only field echoed is the identifier of the first step; the proof comes back only as itself.
          expectFormResult(outcome.result, logInFormEcho);
          if ("pendingLogin" in outcome.result) expect(outcome.result.pendingLogin).toBe(data.get("pendingLogin"));
          expect(await getCurrentUser()).toBeNull();
        },
      ),
      { numRuns: runs.many, examples: [[{ pendingLogin, code: "\u0000".repeat(6) }], [{ pendingLogin: "a.b.c", code: "123456" }]] },
    );
    expect(await secondFactorState()).toEqual(before);
  });
});

describe("POST /api/auth/callback/credentials for a two-factor account", () => {
  async function post(code: string | undefined) {
    request.switchBrowser();
    const fields: Record<string, string> = { csrfToken: await csrfToken(), identifier: user.username, password: TEST_PASSWORD, json: "true" };
    if (code !== undefined) fields.code = code;
    const response = await postForm("callback/credentials", fields);
    const session = response.headers.getSetCookie().some((cookie) => cookie.startsWith("commons.session="));
    return { status: response.status, session };
  }

  it("refuses the right password without a code or with a hostile one: 401, no session cookie", async () => {
    const before = await secondFactorState();
    expect(await post(undefined)).toEqual({ status: 401, session: false });
    await fc.assert(
      fc.asyncProperty(hostileCode, async (code) => {
        fc.pre(!rightNow(code));
        request.setClientIp(nextAddress());
        expect(await post(code)).toEqual({ status: 401, session: false });
      }),
      { numRuns: runs.some, examples: [[""], ["x".repeat(100_000)], ["\u0000"]] },
    );
    expect(await secondFactorState()).toEqual(before);
  });

  it("signs in with the right password and the app's code", async () => {
    // An account of its own: the property above used up the first one's allowance of wrong codes.
    const member = await createUser();
    const enabled = await enableTwoFactor(member.id);
    request.switchBrowser();
    const fields = { csrfToken: await csrfToken(), identifier: member.username, password: TEST_PASSWORD, code: hotp(enabled.secret, timeStep()), json: "true" };
    const response = await postForm("callback/credentials", fields);
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith("commons.session="))).toBe(true);
  });
});

describe("the settings forms with hostile codes", () => {
  it("turning two-factor on or off with a hostile code changes nothing", async () => {
    await signInAs(user.id);
    const before = await secondFactorState();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(confirmTwoFactor, disableTwoFactor),
        hostileForm({ code: hostileCode, password: fc.oneof(fc.constant(TEST_PASSWORD), hostileString) }),
        async (action, fields) => {
          request.setClientIp(nextAddress());
          const data = toFormData(fields);
          fc.pre(!rightNow(String(data.get("code") ?? "")));
          const outcome = await settle(() => action(null, data));
          if (!("result" in outcome)) throw new Error(`Redirected with ${JSON.stringify(fields)}`);
          expectFormResult(outcome.result);
          if (outcome.result.ok) {
            // Two-factor is on: a confirmation is told so, whatever its code, and changes nothing (set-up-sent-again.test.ts).
            expect(action).toBe(confirmTwoFactor);
            expect(outcome.result).toEqual({ ok: true, message: TWO_FACTOR_ALREADY_ON });
          }
        },
      ),
      { numRuns: runs.some },
    );
    expect(await secondFactorState()).toEqual(before);
    expect((await getCurrentUser())?.id).toBe(user.id);
  });
});
