import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authenticate } from "@/lib/auth/authenticate";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { db } from "@/lib/db";
import {
  hostileForm,
  hostileForwardedFor,
  hostileRedirectTarget,
  hostileString,
  orOverLimit,
  runs,
  submittedText,
  toFormData,
  validOrHostile,
} from "@/test/hostile/input";
import { countContentRows, expectFormResult, expectSameOriginPath, settle } from "@/test/invariants";
import { request } from "@/test/next/runtime";
import { signInAs } from "@/test/next/session";
import { logIn, logOut } from "./actions";
import { MAX_IDENTIFIER_LENGTH } from "@/lib/validation/limits";
import { logInFormEcho } from "./schema";

let user: Awaited<ReturnType<typeof createUser>>;
let attempt = 0;

beforeAll(async () => {
  user = await createUser();
});

describe("logIn with hostile input", () => {
  it("answers every form, signs in only with the right password, and redirects only within the site", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileForm({
          identifier: orOverLimit(validOrHostile(user.username, ` ${user.email.toUpperCase()} `), MAX_IDENTIFIER_LENGTH),
          password: validOrHostile(TEST_PASSWORD),
          callbackUrl: fc.oneof(validOrHostile("/settings", "//evil.example", "https://evil.example/"), hostileRedirectTarget),
        }),
        hostileForwardedFor,
        async (fields, forwardedFor) => {
          request.switchBrowser();
          request.setHeader("x-forwarded-for", `${forwardedFor}, 203.0.113.${attempt++ % 250}`);
          const data = toFormData(fields);
          const before = await countContentRows();

          const outcome = await settle(() => logIn(null, data));

          expect(await countContentRows()).toEqual(before);
          if ("result" in outcome) {
            expectFormResult(outcome.result, logInFormEcho);
            expect(outcome.result.ok).toBe(false);
            expect(await getCurrentUser()).toBeNull();
            return;
          }
          expect(submittedText(data, "password")).toBe(TEST_PASSWORD);
          expectSameOriginPath(outcome.redirectedTo);
          expect((await getCurrentUser())?.id).toBe(user.id);
        },
      ),
      {
        numRuns: runs.some,
        examples: [
          [{ identifier: "a\u0000b", password: "x" }, "1.2.3.4"],
          [{ identifier: "a\u0000@b.test", password: "x" }, "unknown, ::1"],
          [{ identifier: user.username, password: TEST_PASSWORD, callbackUrl: "/.//evil.example/x" }, "1.2.3.4"],
        ],
      },
    );
  });
});

describe("logIn behind a hostile X-Forwarded-For", () => {
  it("counts every failure against the connection's peer, whatever the client put before it", async () => {
    let peer = 0;
    await fc.assert(
      fc.asyncProperty(hostileForwardedFor, async (forwardedFor) => {
        const address = `192.0.2.${peer++ % 250}`;
        request.setHeader("x-forwarded-for", `${forwardedFor}, ${address}`);
        const before = await db.rateLimitEvent.count({ where: { bucket: "password:ip", key: address } });

        expect(await logIn(null, toFormData({ identifier: "nobody_by_this_name", password: "wrong" }))).toMatchObject({ ok: false });

        expect(await db.rateLimitEvent.count({ where: { bucket: "password:ip", key: address } })).toBe(before + 1);
      }),
      { numRuns: runs.few, examples: [["1.2.3.4"], ["unknown, ::1"], [" , ,"]] },
    );
  });
});

describe("authenticate (shared by the login form and next-auth) with hostile input", () => {
  it("answers every identifier, password and address with a result, never an exception", async () => {
    await fc.assert(
      fc.asyncProperty(
        validOrHostile(user.username, user.email),
        validOrHostile(TEST_PASSWORD),
        fc.oneof(hostileString, fc.constant("x".repeat(5_000))),
        async (identifier, password, ip) => {
          const result = await authenticate(identifier, password, ip);
          expect(result.ok ? result.user.id : result.message).toMatch(/\w{3,}/);
          if (result.ok) expect(password).toBe(TEST_PASSWORD);
        },
      ),
      { numRuns: runs.some, examples: [["a\u0000b", "x", "198.51.100.1"], ["x".repeat(10_000), "x", "198.51.100.1"]] },
    );
  });
});

describe("logOut with hostile arguments", () => {
  it("always ends the session and goes home", async () => {
    await fc.assert(
      fc.asyncProperty(hostileForm({ redirectTo: hostileString }), async (fields) => {
        await signInAs(user.id);
        const action = logOut as (...args: unknown[]) => Promise<void>;

        expect(await settle(() => action(null, toFormData(fields)))).toEqual({ redirectedTo: "/" });
        expect(await getCurrentUser()).toBeNull();
      }),
      { numRuns: runs.few },
    );
  });
});
