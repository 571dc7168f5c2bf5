import { afterEach, describe, expect, it, vi } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./headers";

// The e2e suite reads the headers from a running server over plain HTTP; these
// cases cover what only a production deployment behind HTTPS sends.

const names = () => securityHeaders().map((header) => header.key);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("security headers", () => {
  it("tell browsers to insist on HTTPS in production behind HTTPS", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_URL", "https://commons.example");
    expect(securityHeaders()).toContainEqual({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
    expect(contentSecurityPolicy("n0nce")).toContain("upgrade-insecure-requests");
  });

  it("never send HSTS over plain HTTP or in development, where it would lock out localhost", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_URL", "http://127.0.0.1:3000");
    expect(names()).not.toContain("Strict-Transport-Security");
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("NEXTAUTH_URL", "https://commons.example");
    expect(names()).not.toContain("Strict-Transport-Security");
  });

  it("always forbid framing, sniffing and powerful browser features", () => {
    expect(names()).toEqual(expect.arrayContaining(["X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy"]));
    expect(contentSecurityPolicy("n0nce")).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy("n0nce")).toMatch(/script-src 'self' 'nonce-n0nce' 'strict-dynamic'(;|$)/);
  });
});
