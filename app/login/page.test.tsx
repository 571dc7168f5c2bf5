import { describe, expect, it } from "vitest";
import { createUser } from "@/test/factories";
import { RedirectError } from "@/test/next/runtime";
import { signInAs } from "@/test/next/session";
import LogInPage from "./page";

function visit(callbackUrl: string | string[] | undefined) {
  return LogInPage({ params: Promise.resolve({}), searchParams: Promise.resolve({ callbackUrl }) });
}

describe("the login page for a signed-in user", () => {
  it("sends them on to a path of this site", async () => {
    await signInAs((await createUser()).id);
    await expect(visit("/settings?tab=password")).rejects.toEqual(new RedirectError("/settings?tab=password"));
  });

  it.each(["/.//evil.example/x", "/..//evil.example/x", "/%2e//evil.example/x", "/%2E%2E//evil.example", "/\t/evil.example", "//evil.example"])(
    "sends them home rather than to another site for %s",
    async (callbackUrl) => {
      await signInAs((await createUser()).id);
      await expect(visit(callbackUrl)).rejects.toEqual(new RedirectError("/"));
    },
  );
});
