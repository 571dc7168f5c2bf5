import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";
import { hostileForm, hostileString, runs, toFormData, validOrHostile } from "@/test/hostile/input";
import { submitHostileForm } from "@/test/invariants";
import { signInAs } from "@/test/next/session";
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
