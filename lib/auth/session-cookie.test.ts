import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeSessionToken, sessionIdsOf } from "./session-cookie";

// The session cookie is made by next-auth's `encode`; we read it with a key derived once.

const SECRET = "a-secret-for-this-test-only-0123456789";

function tokenFor(claims: Record<string, string>, options: { secret?: string; maxAge?: number } = {}) {
  return encode({ token: claims, secret: options.secret ?? SECRET, maxAge: options.maxAge ?? 3600 });
}

describe("decodeSessionToken", () => {
  it("reads the claims of a token next-auth made with the same secret", async () => {
    const payload = await decodeSessionToken(await tokenFor({ sub: "user-1", sid: "session-1" }), SECRET);
    expect(payload).toMatchObject({ sub: "user-1", sid: "session-1" });
  });

  it("follows a change of secret, and refuses tokens of the old one", async () => {
    const other = "another-secret-for-this-test-9876543210";
    const old = await tokenFor({ sub: "user-1", sid: "session-1" });
    await decodeSessionToken(old, SECRET);
    expect(await decodeSessionToken(await tokenFor({ sub: "user-2", sid: "s" }, { secret: other }), other)).toMatchObject({ sub: "user-2" });
    await expect(decodeSessionToken(old, other)).rejects.toThrow();
  });

  it("refuses a token changed by one character, an expired one and garbage", async () => {
    const token = await tokenFor({ sub: "user-1", sid: "session-1" });
    const cut = token.lastIndexOf(".") - 2;
    const tampered = token.slice(0, cut) + (token[cut] === "A" ? "B" : "A") + token.slice(cut + 1);
    await expect(decodeSessionToken(tampered, SECRET)).rejects.toThrow();
    await expect(decodeSessionToken(await tokenFor({ sub: "u", sid: "s" }, { maxAge: -60 }), SECRET)).rejects.toThrow();
    await expect(decodeSessionToken("not.a.token", SECRET)).rejects.toThrow();
  });
});

describe("sessionIdsOf", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("names the user and the session of a token, the same each time it is asked", async () => {
    const token = await tokenFor({ sub: "user-1", sid: "session-1" });
    expect(await sessionIdsOf(token, SECRET)).toEqual({ userId: "user-1", sessionId: "session-1" });
    expect(await sessionIdsOf(token, SECRET)).toEqual({ userId: "user-1", sessionId: "session-1" });
  });

  it("refuses a token it has opened once the token expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const token = await tokenFor({ sub: "user-1", sid: "session-1" }, { maxAge: 60 });
    expect(await sessionIdsOf(token, SECRET)).not.toBeNull();
    vi.setSystemTime(Date.now() + 60_000);
    expect(await sessionIdsOf(token, SECRET)).not.toBeNull();
    // Past its expiry and the clock tolerance of 15 s.
    vi.setSystemTime(Date.now() + 16_000);
    expect(await sessionIdsOf(token, SECRET)).toBeNull();
  });

  it("refuses a token it has opened once the secret changes, and garbage", async () => {
    const token = await tokenFor({ sub: "user-1", sid: "session-1" });
    expect(await sessionIdsOf(token, SECRET)).not.toBeNull();
    expect(await sessionIdsOf(token, "another-secret-for-this-test-9876543210")).toBeNull();
    expect(await sessionIdsOf("not.a.token", SECRET)).toBeNull();
  });
});
