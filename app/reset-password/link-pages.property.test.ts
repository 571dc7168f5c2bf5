import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import VerifyEmailPage from "@/app/verify-email/page";
import { issueToken } from "@/lib/account-tokens/store";
import { INVALID_LINK } from "@/lib/account-tokens/token";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";
import { hostileString, runs } from "@/test/hostile/input";
import { hostileToken } from "@/test/hostile/tokens";
import { snapshot } from "@/test/invariants";
import ResetPasswordPage from "./page";

let resetToken: string;
let verifyToken: string;

beforeAll(async () => {
  const owner = await createUser({ unverified: true });
  resetToken = await db.$transaction((tx) => issueToken(tx, { userId: owner.id, purpose: "PASSWORD_RESET", validForMs: 60 * 60_000 }));
  verifyToken = await db.$transaction((tx) =>
    issueToken(tx, { userId: owner.id, purpose: "VERIFY_EMAIL", validForMs: 60 * 60_000, email: owner.email }),
  );
});

/** The strings in a rendered element tree (the pages are server components: plain elements, no hooks run). */
function textsOf(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (typeof node === "object" && node !== null && "props" in node && typeof node.props === "object" && node.props !== null) {
    return Object.values(node.props).flatMap(textsOf);
  }
  return [];
}

describe("the link pages with hostile tokens", () => {
  it("the link pages render a refusal for every hostile token and query shape", async () => {
    const query = (real: () => string, other: () => string) =>
      fc.oneof(hostileToken(real, other), fc.array(hostileString, { maxLength: 3 }), fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(query(() => resetToken, () => verifyToken), query(() => verifyToken, () => resetToken), async (forReset, forVerify) => {
        const before = await snapshot();
        const pages = [
          await ResetPasswordPage({ params: Promise.resolve({}), searchParams: Promise.resolve({ token: forReset }) }),
          await VerifyEmailPage({ params: Promise.resolve({}), searchParams: Promise.resolve({ token: forVerify }) }),
        ];
        for (const page of pages) expect(textsOf(page)).toContain(INVALID_LINK);
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: runs.some },
    );
  });

});
