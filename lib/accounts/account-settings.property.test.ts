import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { hostileForm, hostileForwardedFor, hostileString, runs, submittedText, toFormData, validOrHostile } from "@/test/hostile/input";
import { contentSnapshot, expectFormResult, settle, userRow } from "@/test/invariants";
import { request } from "@/test/next/runtime";
import { signInAs } from "@/test/next/session";
import { changePassword, deleteAccount } from "./actions";

const NEW_PASSWORD = "a brand new passphrase";
let userId: string;
let original: Awaited<ReturnType<typeof userRow>>;
let run = 0;

/**
 * Each run comes from a peer of its own, behind whatever X-Forwarded-For it
 * sent, so that the per-address throttle does not turn every later run into
 * the same refusal.
 */
function connectFromNewPeer(forwardedFor: string) {
  request.setHeader("x-forwarded-for", `${forwardedFor}, 198.51.100.${run++ % 250}`);
}

beforeAll(async () => {
  userId = (await createUser()).id;
  original = await userRow(userId);
});

beforeEach(async () => {
  await signInAs(userId);
});

/** Puts the password back after a change was accepted, so the next run starts equal. */
async function restoreAccount() {
  await db.user.update({ where: { id: userId }, data: { passwordHash: original.passwordHash } });
  original = await userRow(userId);
}

async function sessionIds(): Promise<string[]> {
  return (await db.session.findMany({ where: { userId }, select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
}

describe("changePassword with hostile input", () => {
  it("answers every form and changes the account only for the right current password and a matching new one", async () => {
    const newPassword = validOrHostile(NEW_PASSWORD);
    await fc.assert(
      fc.asyncProperty(
        hostileForm({ currentPassword: validOrHostile(TEST_PASSWORD), newPassword, confirmPassword: newPassword }),
        hostileForwardedFor,
        async (fields, forwardedFor) => {
          connectFromNewPeer(forwardedFor);
          const data = toFormData(fields);
          const before = await contentSnapshot();
          const sessionsBefore = await sessionIds();

          const outcome = await settle(() => changePassword(null, data));

          expect(outcome).toHaveProperty("result");
          if (!("result" in outcome)) return;
          expectFormResult(outcome.result);
          expect(await contentSnapshot()).toEqual(before);
          if (outcome.result.ok) {
            expect(submittedText(data, "currentPassword")).toBe(TEST_PASSWORD);
            expect(submittedText(data, "newPassword")).toBe(submittedText(data, "confirmPassword"));
            // Every earlier session ended; this browser holds the one new session.
            const sessionsAfter = await sessionIds();
            expect(sessionsAfter).toHaveLength(1);
            expect(sessionsBefore).not.toContain(sessionsAfter[0]);
            expect((await getCurrentUser())?.id).toBe(userId);
            await restoreAccount();
          } else {
            expect(outcome.result).not.toHaveProperty("values.currentPassword");
            expect(outcome.result).not.toHaveProperty("values.newPassword");
            expect(await userRow(userId)).toEqual(original);
            expect(await sessionIds()).toEqual(sessionsBefore);
          }
        },
      ),
      // An accepted change, so the session checks run whatever the random forms are.
      { numRuns: runs.some, examples: [[{ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, "1.2.3.4"]] },
    );
  });
});

describe("deleteAccount with hostile input", () => {
  it("refuses every wrong password and deletes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(hostileForm({ password: hostileString }), hostileForwardedFor, async (fields, forwardedFor) => {
        connectFromNewPeer(forwardedFor);
        const before = await contentSnapshot();

        const outcome = await settle(() => deleteAccount(null, toFormData(fields)));

        expect(outcome).toMatchObject({ result: { ok: false } });
        if ("result" in outcome) expectFormResult(outcome.result);
        expect(await contentSnapshot()).toEqual(before);
        expect(await userRow(userId)).toEqual(original);
      }),
      { numRuns: runs.some },
    );
  });
});
