import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyEmail } from "@/lib/email-addresses/actions";
import { forgotPasswordFormEcho } from "@/lib/password-reset/schema";
import { requestPasswordReset, resetPassword } from "@/lib/password-reset/actions";
import { createUser } from "@/test/factories";
import { hostileForm, runs, toFormData, validOrHostile } from "@/test/hostile/input";
import { hostileToken } from "@/test/hostile/tokens";
import { submitHostileForm } from "@/test/invariants";
import { request } from "@/test/next/runtime";
import { form } from "@/test/next/session";
import { issueToken } from "./store";


const NEW_PASSWORD = "a brand new passphrase";
let owner: Awaited<ReturnType<typeof createUser>>;
let resetToken: string;
let verifyToken: string;

beforeAll(async () => {
  owner = await createUser({ unverified: true });
  resetToken = await db.$transaction((tx) => issueToken(tx, { userId: owner.id, purpose: "PASSWORD_RESET", validForMs: 60 * 60_000 }));
  verifyToken = await db.$transaction((tx) =>
    issueToken(tx, { userId: owner.id, purpose: "VERIFY_EMAIL", validForMs: 60 * 60_000, email: owner.email }),
  );
});

describe("links with hostile tokens", () => {
  it("resetPassword: no hostile or near-miss token sets a password, uses up the real link, or writes anything", async () => {
    await fc.assert(
      fc.asyncProperty(hostileToken(() => resetToken, () => verifyToken), async (token) => {
        const { result, before, after } = await submitHostileForm(() =>
          resetPassword(null, form({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })),
        );
        expect(result.ok).toBe(false);
        expect(after).toEqual(before);
      }),
      { numRuns: runs.many },
    );
    expect(await db.accountToken.count({ where: { userId: owner.id, usedAt: null } })).toBe(2);
  });

  it("verifyEmail: no hostile or near-miss token verifies the address or uses up the real link", async () => {
    await fc.assert(
      fc.asyncProperty(hostileToken(() => verifyToken, () => resetToken), async (token) => {
        const { result } = await submitHostileForm(() => verifyEmail(null, form({ token })));
        expect(result.ok).toBe(false);
      }),
      { numRuns: runs.many },
    );
    const account = await db.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(account.emailVerifiedAt).toBeNull();
    expect(await db.accountToken.count({ where: { userId: owner.id, usedAt: null } })).toBe(2);
  });

  it("requestPasswordReset: every hostile form gets the one answer or a readable refusal, echoing only the address within its limit", async () => {
    let peer = 0;
    await fc.assert(
      fc.asyncProperty(hostileForm({ email: validOrHostile(owner.email, "nobody@example.test") }), async (fields) => {
        request.setClientIp(`198.51.100.${peer++ % 250}`);
        await submitHostileForm(() => requestPasswordReset(null, toFormData(fields)), forgotPasswordFormEcho);
      }),
      { numRuns: runs.many },
    );
  });
});
