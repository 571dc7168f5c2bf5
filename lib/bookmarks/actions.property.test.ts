import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { hostileForm, hostileString, runs, toFormData, validOrHostile } from "@/test/hostile/input";
import { submitHostileForm } from "@/test/invariants";
import { signInAs } from "@/test/next/session";
import { setBookmark } from "./actions";

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

describe("setBookmark with hostile input", () => {
  it("answers every form, changes nothing when it refuses, and only ever bookmarks an existing post as the signed-in user", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileForm({ postId: fc.oneof(fc.constant(postId), hostileString), bookmark: validOrHostile("true", "false") }),
        async (fields) => {
          const { result, after } = await submitHostileForm(() => setBookmark(null, toFormData(fields)));
          const bookmarked = await db.bookmark.count({ where: { userId, postId } });
          if (result.ok) expect(result.bookmarked).toBe(bookmarked === 1);
          expect(after.rows.bookmarks).toBe(bookmarked);
        },
      ),
      { numRuns: runs.some },
    );
  });
});
