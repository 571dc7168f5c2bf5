import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withoutControlCharacters } from "@/lib/validation/text";
import { db } from "@/lib/db";
import { POST_TEXT_LIMIT, postTextEcho } from "@/lib/posts/schema";
import { createPost, createUser } from "@/test/factories";
import { hostileForm, hostileString, orOverLimit, runs, submittedText, toFormData, validOrHostile } from "@/test/hostile/input";
import { expectFormResult, settle, snapshot, submitHostileForm } from "@/test/invariants";
import { signInAs } from "@/test/next/session";
import { addComment, deleteComment } from "./actions";

let userId: string;
let postId: string;
let othersCommentId: string;
let foreignCommentId: string;
let tombstoneId: string;

beforeAll(async () => {
  const [user, other] = await Promise.all([createUser(), createUser()]);
  userId = user.id;
  postId = (await createPost(other.id)).id;
  othersCommentId = (await db.comment.create({ data: { postId, authorId: other.id, text: "Not yours" } })).id;
  // A comment under another post, and a deleted one kept for its reply: neither takes a reply here.
  foreignCommentId = (await db.comment.create({ data: { postId: (await createPost(other.id)).id, authorId: other.id, text: "Elsewhere" } })).id;
  tombstoneId = (await db.comment.create({ data: { postId, authorId: other.id, text: "", deletedAt: new Date() } })).id;
  await db.comment.create({ data: { postId, parentId: tombstoneId, authorId: other.id, text: "Kept" } });
});

beforeEach(async () => {
  await signInAs(userId);
});

describe("addComment with hostile input", () => {
  it("answers every form; a refusal adds nothing, an accepted comment keeps its text", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileForm({ postId: fc.oneof(fc.constant(postId), hostileString), text: orOverLimit(validOrHostile("Nice!", " <script>alert(1)</script> "), POST_TEXT_LIMIT.codeUnits) }),
        async (fields) => {
          const data = toFormData(fields);
          const { result, before, after } = await submitHostileForm(() => addComment(null, data), postTextEcho);
          if (!result.ok) return;
          expect(after.rows.comments).toBe(before.rows.comments + 1);
          const newest = await db.comment.findFirstOrThrow({ where: { authorId: userId }, orderBy: { createdAt: "desc" } });
          expect(newest.text).toBe(withoutControlCharacters(submittedText(data, "text")).trim());
        },
      ),
      { numRuns: runs.many, examples: [[{ postId, text: "a\u0000b" }]] },
    );
  });
});

describe("addComment replying, with hostile input", () => {
  it("adds a reply only under a shown comment of the same post, and nothing partial otherwise", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileForm({
          postId: fc.oneof(fc.constant(postId), hostileString),
          parentId: fc.oneof(fc.constantFrom(othersCommentId, foreignCommentId, tombstoneId, ""), hostileString),
          text: validOrHostile("Agreed.", " <b>no</b> "),
        }),
        async (fields) => {
          const data = toFormData(fields);
          const { result, before, after } = await submitHostileForm(() => addComment(null, data), postTextEcho);
          if (!result.ok) return;
          expect(after.rows.comments).toBe(before.rows.comments + 1);
          const newest = await db.comment.findFirstOrThrow({ where: { authorId: userId }, orderBy: { createdAt: "desc" } });
          expect(newest).toMatchObject({ postId, parentId: submittedText(data, "parentId") || null });
          expect([othersCommentId, null]).toContain(newest.parentId);
        },
      ),
      { numRuns: runs.many, examples: [[{ postId, parentId: foreignCommentId, text: "Hi" }], [{ postId, parentId: tombstoneId, text: "Hi" }]] },
    );
  });
});

describe("deleteComment with hostile input", () => {
  it("refuses every hostile or foreign comment id and deletes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(hostileForm({ commentId: fc.oneof(fc.constant(othersCommentId), hostileString) }), async (fields) => {
        const before = await snapshot();

        const outcome = await settle(() => deleteComment(null, toFormData(fields)));

        expect(outcome).toMatchObject({ result: { ok: false } });
        if ("result" in outcome) expectFormResult(outcome.result);
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: runs.some },
    );
  });
});
