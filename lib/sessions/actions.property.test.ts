import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";
import { hostileForm, hostileString, runs, toFormData } from "@/test/hostile/input";
import { submitHostileForm } from "@/test/invariants";
import { browserSignedInAs, signInAs } from "@/test/next/session";
import { endSession } from "./actions";

let userId: string;
let othersSessionId: string;

beforeAll(async () => {
  const [user, other] = await Promise.all([createUser(), createUser()]);
  userId = user.id;
  const otherBrowser = await browserSignedInAs(other.id);
  await otherBrowser(async () => undefined);
  othersSessionId = (await db.session.findFirstOrThrow({ where: { userId: other.id }, select: { id: true } })).id;
});

beforeEach(async () => {
  await signInAs(userId);
});

describe("endSession with hostile input", () => {
  it("answers every form and never ends a session that is not one of the signed-in user's others", async () => {
    await fc.assert(
      fc.asyncProperty(hostileForm({ sessionId: fc.oneof(fc.constant(othersSessionId), hostileString) }), async (fields) => {
        const before = await db.session.count();
        const { result } = await submitHostileForm(() => endSession(null, toFormData(fields)));
        expect(result.ok).toBe(false);
        expect(await db.session.count()).toBe(before);
        expect(await db.session.count({ where: { id: othersSessionId } })).toBe(1);
      }),
      { numRuns: runs.some },
    );
  });
});
