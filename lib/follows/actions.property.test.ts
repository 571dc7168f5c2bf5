import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { hostileForm, hostileString, runs, toFormData, validOrHostile } from "@/lib/testing/hostile-input";
import { submitHostileForm } from "@/lib/testing/invariants";
import { signInAs } from "@/lib/testing/session";
import { setFollow } from "./actions";

let userId: string;
let otherId: string;

beforeAll(async () => {
  [userId, otherId] = (await Promise.all([createUser(), createUser()])).map((user) => user.id) as [string, string];
});

beforeEach(async () => {
  await signInAs(userId);
});

describe("setFollow with hostile input", () => {
  it("answers every form, changes nothing when it refuses, and only ever follows an existing account", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileForm({ userId: fc.oneof(fc.constantFrom(otherId, userId), hostileString), follow: validOrHostile("true", "false") }),
        async (fields) => {
          const { result, after } = await submitHostileForm(() => setFollow(null, toFormData(fields)));
          const following = await db.follow.count({ where: { followerId: userId, followeeId: otherId } });
          if (result.ok) expect(result.following).toBe(following === 1);
          expect(after.rows.follows).toBe(following);
        },
      ),
      { numRuns: runs.some },
    );
  });
});
