import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/next-auth-options";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { limits } from "./throttle";

/** next-auth's Credentials provider, as /api/auth/callback/credentials calls it. */
function authorize(identifier: string, password: string, forwardedFor: string) {
  const provider = authOptions.providers[0];
  if (provider?.type !== "credentials") throw new Error("The first provider is not the Credentials provider.");
  return provider.options.authorize({ identifier, password }, { headers: { "x-forwarded-for": forwardedFor } });
}

describe("the Credentials provider (API logins)", () => {
  it("throttles failures from one peer however it rotates X-Forwarded-For, like the login form", async () => {
    const user = await createUser();
    for (let attempt = 0; attempt < limits.passwordPerIp.max; attempt++) {
      expect(await authorize(`someone_${attempt}`, "guess", `10.0.${attempt}.1, 198.51.100.88`)).toBeNull();
    }
    expect(await authorize(user.username, TEST_PASSWORD, "203.0.113.1, 198.51.100.88")).toBeNull();
    // The same account from another peer is let in: the refusal above was that peer's limit.
    expect(await authorize(user.username, TEST_PASSWORD, "203.0.113.1, 198.51.100.89")).toMatchObject({ id: user.id });
  });
});
