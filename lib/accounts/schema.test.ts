import { describe, expect, it } from "vitest";
import { email, newPassword, username } from "./schema";

describe("account rules", () => {
  it("normalises usernames and emails to lower case", () => {
    expect(username.parse("  Ada_Lovelace ")).toBe("ada_lovelace");
    expect(email.parse(" Ada@Example.COM ")).toBe("ada@example.com");
  });

  it.each(["ab", "a".repeat(31), "has space", "émile", "admin", "Settings"])("refuses the username %j", (value) => {
    expect(username.safeParse(value).success).toBe(false);
  });

  it.each(["password", "PASSWORD1", "12345678", "qwertyuiop"])("refuses the common password %j", (value) => {
    expect(newPassword.safeParse(value).success).toBe(false);
  });

  it("accepts a long passphrase and keeps its spaces", () => {
    expect(newPassword.parse(" correct horse battery staple ")).toBe(" correct horse battery staple ");
  });
});
