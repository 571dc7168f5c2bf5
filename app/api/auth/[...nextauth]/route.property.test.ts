import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ORIGIN, csrfToken, postForm } from "@/test/next/auth-route";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { hostileRedirectTarget, runs, validOrHostile } from "@/test/hostile/input";
import { countContentRows, expectSameOriginPath } from "@/test/invariants";
import { request } from "@/test/next/runtime";

let username: string;
let attempt = 0;

beforeAll(async () => {
  username = (await createUser()).username;
});

beforeEach(() => {
  process.env.NEXTAUTH_URL = ORIGIN;
});

describe("POST /api/auth/callback/credentials with hostile input", () => {
  it("answers 200 or 401, never a server error or a leaked message, and sets a session only for the right password", async () => {
    await fc.assert(
      fc.asyncProperty(
        validOrHostile(username),
        validOrHostile(TEST_PASSWORD),
        fc.oneof(fc.constant("203.0.113.7"), fc.stringMatching(/^[\x21-\x7e]{0,5000}$/)),
        async (identifier, password, forwardedFor) => {
          request.switchBrowser();
          request.setClientIp(forwardedFor || `198.51.100.${attempt++ % 250}`);
          const fields = { csrfToken: await csrfToken(), identifier, password, json: "true" };
          const before = await countContentRows();

          const response = await postForm("callback/credentials", fields);

          expect([200, 401]).toContain(response.status);
          const { url } = (await response.json()) as { url: string };
          expect(url).not.toMatch(/prisma|invocation|Database/i);
          const session = response.headers.getSetCookie().some((cookie) => cookie.startsWith("commons.session="));
          expect(session).toBe(response.status === 200);
          if (session) expect(password).toBe(TEST_PASSWORD);
          expect(await countContentRows()).toEqual(before);
        },
      ),
      { numRuns: runs.some, examples: [["a\u0000b", "x", "203.0.113.7"], [username, "x", "x".repeat(5_000)]] },
    );
  });
});

describe("POST /api/auth/callback/credentials with a hostile callbackUrl", () => {
  // An account of its own: the test above locks `username` with its wrong passwords.
  let member: string;
  beforeAll(async () => {
    member = (await createUser()).username;
  });

  it("signs in and sends the browser only to a path of this site", async () => {
    const callbackUrl = fc.oneof(hostileRedirectTarget, hostileRedirectTarget.map((target) => `${ORIGIN}${target}`));
    await fc.assert(
      fc.asyncProperty(callbackUrl, async (target) => {
        request.switchBrowser();
        request.setClientIp(`198.51.100.${attempt++ % 250}`);
        const fields = { csrfToken: await csrfToken(), identifier: member, password: TEST_PASSWORD, callbackUrl: target, json: "true" };

        const response = await postForm("callback/credentials", fields);

        expect(response.status).toBe(200);
        const { url } = (await response.json()) as { url: string };
        expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
        expectSameOriginPath(url.slice(ORIGIN.length));
      }),
      { numRuns: runs.few, examples: [["/.//evil.example/x"], [`${ORIGIN}/%2e//evil.example/x`]] },
    );
  });
});
