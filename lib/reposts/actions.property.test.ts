import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { hostileForm, hostileString, runs, toFormData, validOrHostile } from "@/test/hostile/input";
import { submitHostileForm } from "@/test/invariants";
import { signInAs } from "@/test/next/session";
import { setRepost } from "./actions";

let userId: string;
let postId: string;

beforeAll(async () => {
  const [user, author] = await Promise.all([createUser(), createUser()]);
  userId = user.id;
  postId = (await createPost(author.id)).id;
});

beforeEach(async () => {
  await signInAs(userId);
});

describe("setRepost with hostile input", () => {
  it("answers every form, changes nothing when it refuses, and only ever reposts an existing post as the signed-in user", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileForm({ postId: fc.oneof(fc.constant(postId), hostileString), repost: validOrHostile("true", "false") }),
        async (fields) => {
          const { result, after } = await submitHostileForm(() => setRepost(null, toFormData(fields)));
          const reposted = await db.repost.count({ where: { userId, postId } });
          if (result.ok) expect(result).toMatchObject({ reposted: reposted === 1, repostCount: reposted });
          expect(after.rows.reposts).toBe(reposted);
        },
      ),
      { numRuns: runs.some },
    );
  });
});
