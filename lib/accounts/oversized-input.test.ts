import { describe, expect, it } from "vitest";
import { createUser } from "@/test/factories";
import { request } from "@/test/next/runtime";
import { form } from "@/test/next/session";
import { logIn, signUp } from "./actions";
import { logInFormEcho, signUpFormEcho } from "./schema";

// A 10 MB login identifier once came back as a 30 MB page: a refused form
// echoes nothing past a field's raw bound (twenty code units a character).

const TEN_MB = 10 * 1024 * 1024;

describe("oversized account forms", () => {
  it("refuses a 10 MB login identifier, echoing at most the field's raw bound", async () => {
    request.setClientIp("203.0.113.90");
    const identifier = `${(await createUser()).username}${"x".repeat(TEN_MB)}`;

    const result = await logIn(null, form({ identifier, password: "whatever", callbackUrl: "/" }));

    expect(result).toMatchObject({ ok: false, fieldErrors: { identifier: ["That is too long."] } });
    expect(result.ok ? "" : result.values?.identifier).toBe(identifier.slice(0, logInFormEcho.identifier));
  });

  it("refuses a sign-up of 10 MB fields, echoing each cut to its raw bound and never the password", async () => {
    request.setClientIp("203.0.113.91");
    const huge = "\u{1F469}".repeat(TEN_MB / 2);

    const result = await signUp(null, form({ username: huge, email: huge, displayName: huge, password: huge }));

    expect(result.ok).toBe(false);
    const values = result.ok ? {} : (result.values ?? {});
    expect(Object.keys(values).sort()).toEqual(["displayName", "email", "username"]);
    // Cut in code units, never through a surrogate pair: 👩 is two units.
    expect(values.username).toBe(huge.slice(0, signUpFormEcho.username));
    expect(values.email).toBe(huge.slice(0, signUpFormEcho.email));
    expect(values.displayName).toBe(huge.slice(0, signUpFormEcho.displayName));
    expect(values.displayName).toHaveLength(1000);
  });
});
