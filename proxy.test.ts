import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { BODY_TOO_LARGE_MESSAGE } from "./lib/security/body-limit";
import { proxy } from "./proxy";

function run(path: string, headers: Record<string, string> = {}) {
  const response = proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));
  // NextResponse.next() hands the rewritten request headers to Next.js as x-middleware-request-* headers.
  const forwarded = (name: string) => response.headers.get(`x-middleware-request-${name}`);
  return { response, forwarded };
}

describe("proxy", () => {
  it("refuses a body over the limit with 413 and a message, before anything reads it", async () => {
    const response = proxy(
      new NextRequest("http://localhost:3000/", { method: "POST", headers: { "content-length": String(13 * 1024 * 1024) } }),
    );
    expect(response.status).toBe(413);
    expect(await response.text()).toBe(BODY_TOO_LARGE_MESSAGE);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(run("/", { "content-length": String(12 * 1024 * 1024) }).response.status).toBe(200);
  });

  it("gives a page a request id and a nonce-based policy, on the request and the response", () => {
    const { response, forwarded } = run("/");
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(forwarded("x-request-id")).toBe(requestId);

    const policy = response.headers.get("content-security-policy");
    expect(forwarded("x-nonce")).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(policy).toContain(`'nonce-${forwarded("x-nonce")}'`);
    expect(forwarded("content-security-policy")).toBe(policy);
  });

  it("keeps a well-formed incoming request id and replaces a malformed one", () => {
    expect(run("/", { "x-request-id": "lb-1234" }).response.headers.get("x-request-id")).toBe("lb-1234");
    const { response, forwarded } = run("/", { "x-request-id": "bad id {\"level\":\"fatal\"}" });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(forwarded("x-request-id")).toBe(response.headers.get("x-request-id"));
  });

  it("gives API answers, uploads and prefetches a request id but no policy", () => {
    for (const { path, headers } of [
      { path: "/api/health", headers: {} },
      { path: "/uploads/abc.webp", headers: {} },
      { path: "/search", headers: { "next-router-prefetch": "1" } },
      { path: "/search", headers: { purpose: "prefetch" } },
    ]) {
      const { response, forwarded } = run(path, headers);
      expect(forwarded("x-request-id")).toBe(response.headers.get("x-request-id"));
      expect(response.headers.get("content-security-policy")).toBeNull();
      expect(forwarded("x-nonce")).toBeNull();
    }
  });

  it("hands a page asked for with a known refusal code that code, and nothing else to anyone", () => {
    expect(run("/@ada?refused=follow-limit").forwarded("x-refusal-notice")).toBe("follow-limit");
    expect(run("/@ada?refused=You%20were%20hacked").forwarded("x-refusal-notice")).toBeNull();
    expect(run("/@ada", { "x-refusal-notice": "post-gone" }).forwarded("x-refusal-notice")).toBeNull();
    // A form posted without JavaScript from that page is answered at its address: said once is enough.
    const posted = proxy(new NextRequest("http://localhost:3000/@ada?refused=post-gone", { method: "POST" }));
    expect(posted.headers.get("x-middleware-request-x-refusal-notice")).toBeNull();
  });

  it("hands a page asked for with a known success code that code, and not beside a refusal", () => {
    expect(run("/settings/safety?said=unblocked").forwarded("x-done-notice")).toBe("unblocked");
    expect(run("/settings/safety?said=Your%20password%20was%20reset").forwarded("x-done-notice")).toBeNull();
    expect(run("/settings/safety", { "x-done-notice": "unmuted" }).forwarded("x-done-notice")).toBeNull();
    const both = run("/settings/safety?said=unblocked&refused=account-gone");
    expect([both.forwarded("x-refusal-notice"), both.forwarded("x-done-notice")]).toEqual(["account-gone", null]);
  });

  it("gives each request its own id and nonce", () => {
    const first = run("/");
    const second = run("/");
    expect(first.response.headers.get("x-request-id")).not.toBe(second.response.headers.get("x-request-id"));
    expect(first.forwarded("x-nonce")).not.toBe(second.forwarded("x-nonce"));
  });
});
