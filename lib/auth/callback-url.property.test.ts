import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileRedirectTarget, runs } from "@/test/hostile/input";
import { expectSameOriginPath } from "@/test/invariants";
import { loginUrl, safeAuthRedirect, safeCallbackUrl } from "./callback-url";

const PROBE_REPORTS = ["/.//evil.example/x", "/..//evil.example/x", "/%2e//evil.example/x", "/a/%2e%2e//evil.example", "/\t/evil.example"];
const examples = PROBE_REPORTS.map((target) => [target] as [string]);

describe("safeCallbackUrl with hostile input", () => {
  it("always answers a same-origin path that no browser reads as another host", () => {
    fc.assert(
      fc.property(hostileRedirectTarget, (target) => {
        expectSameOriginPath(safeCallbackUrl(target));
      }),
      { numRuns: runs.many * 20, examples },
    );
  });

  it.each(PROBE_REPORTS)("falls back to / for %s, which normalises to another host", (target) => {
    expect(safeCallbackUrl(target)).toBe("/");
  });
});

describe("loginUrl with hostile input", () => {
  it("always points at the login page with a safe callback", () => {
    fc.assert(
      fc.property(hostileRedirectTarget, (target) => {
        const url = new URL(loginUrl(target), "https://commons.example/");
        expect(url.origin + url.pathname).toBe("https://commons.example/login");
        expectSameOriginPath(url.searchParams.get("callbackUrl") ?? "");
      }),
      { numRuns: runs.many * 20, examples },
    );
  });
});

describe("next-auth's redirect callback with hostile input", () => {
  const baseUrl = "https://commons.example";

  it("always answers a URL on the site whose path is safe, for paths and absolute URLs alike", () => {
    const url = fc.oneof(hostileRedirectTarget, hostileRedirectTarget.map((target) => `${baseUrl}${target}`));
    fc.assert(
      fc.property(url, (target) => {
        const answer = safeAuthRedirect({ url: target, baseUrl });
        expect(answer.startsWith(`${baseUrl}/`)).toBe(true);
        expectSameOriginPath(answer.slice(baseUrl.length));
      }),
      { numRuns: runs.many * 20, examples: [...examples, [`${baseUrl}/.//evil.example/x`], ["https://evil.example/"]] },
    );
  });

  it("keeps same-origin destinations", () => {
    expect(safeAuthRedirect({ url: "/settings?tab=1", baseUrl })).toBe(`${baseUrl}/settings?tab=1`);
    expect(safeAuthRedirect({ url: `${baseUrl}/@ada#likes`, baseUrl })).toBe(`${baseUrl}/@ada#likes`);
  });
});
