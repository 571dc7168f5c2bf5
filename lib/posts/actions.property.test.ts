import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { shownOrEmpty } from "@/lib/validation/invisible";
import { withoutControlCharacters } from "@/lib/validation/text";
import { db } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { hostileField, hostileFile, hostileForm, hostileString, orOverLimit, runs, submittedText, toFormData, validOrHostile } from "@/test/hostile/input";
import { expectFormResult, settle, snapshot, submitHostileForm } from "@/test/invariants";
import { signInAs } from "@/test/next/session";
import { createPost as createPostAction, deletePost, setLike } from "./actions";
import { MAX_CONTENT_WARNING_LENGTH, POST_TEXT_LIMIT, postFormEcho } from "./schema";

let userId: string;
let ownPostId: string;
let othersPostId: string;
let image: File;

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "commons-post-properties-"));
  const [user, other] = await Promise.all([createUser(), createUser()]);
  userId = user.id;
  const [own, others] = await Promise.all([createPost(user.id), createPost(other.id)]);
  ownPostId = own.id;
  othersPostId = others.id;
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#3a7" } }).png().toBuffer();
  image = new File([new Uint8Array(png)], "dot.png", { type: "image/png" });
});

beforeEach(async () => {
  await signInAs(userId);
});

describe("createPost with hostile input", () => {
  it("answers every form; refused posts leave no row and no file, accepted ones keep the text and descriptions", async () => {
    const images = fc.array(fc.oneof(fc.constant(image), hostileFile, hostileString), { maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(
        hostileForm({
          text: orOverLimit(validOrHostile("Hello", "  <b>bold</b> 👩‍👩‍👧  "), POST_TEXT_LIMIT.codeUnits),
          contentWarning: orOverLimit(validOrHostile("", "spoilers", " flashing\n lights "), MAX_CONTENT_WARNING_LENGTH),
        }),
        images,
        fc.array(hostileField(validOrHostile("A dot", "")), { maxLength: 5 }),
        async (fields, chosen, alts) => {
          const data = toFormData({ ...fields, images: chosen.length > 0 ? chosen : undefined });
          for (const alt of alts) if (alt !== undefined) for (const value of [alt].flat()) data.append("alt", value);
          const { result, before, after } = await submitHostileForm(() => createPostAction(null, data), postFormEcho);
          if (!result.ok) return;
          const post = await db.post.findFirstOrThrow({
            where: { authorId: userId },
            orderBy: { createdAt: "desc" },
            include: { images: { orderBy: { position: "asc" } } },
          });
          // Text that shows nothing is none: an image may carry the post alone.
          expect(post.text).toBe(shownOrEmpty(withoutControlCharacters(submittedText(data, "text")).trim(), POST_TEXT_LIMIT.codeUnits));
          expect(post.contentWarning).toBe(withoutControlCharacters(submittedText(data, "contentWarning")).replace(/\s+/g, " ").trim());
          const typedAlts = data.getAll("alt").map((alt) => (typeof alt === "string" ? withoutControlCharacters(alt).trim() : ""));
          expect(post.images.map((stored) => stored.alt)).toEqual(post.images.map((_, index) => typedAlts[index] ?? ""));
          expect(after.rows.posts).toBe(before.rows.posts + 1);
        },
      ),
      // A NUL in an image description once reached the database and failed the insert. A warning of
      // 100 code points in 101 code units, refused for its hostile image, was once echoed over its limit.
      {
        numRuns: runs.many,
        examples: [
          [{ text: "Hello" }, [image], ["\u0000"]],
          [{ text: "Hello", contentWarning: `${"🇺🇦".repeat(25)}\ud83c` }, [new File([new Uint8Array([1, 2, 3])], "x.png", { type: "image/png" })], []],
        ],
      },
    );
  });
});

describe("deletePost with hostile input", () => {
  it("deletes only the signed-in author's own post, and changes nothing when it refuses", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileForm({ postId: fc.oneof(fc.constantFrom(othersPostId, `${ownPostId}x`), hostileString), redirectTo: validOrHostile("", "home") }),
        async (fields) => {
          const before = await snapshot();

          const outcome = await settle(() => deletePost(null, toFormData(fields)));

          expect(outcome).toHaveProperty("result");
          if ("result" in outcome) expect(outcome.result.ok).toBe(false);
          if ("result" in outcome) expectFormResult(outcome.result);
          expect(await snapshot()).toEqual(before);
        },
      ),
      { numRuns: runs.some },
    );
  });
});

describe("setLike with hostile input", () => {
  it("answers every form and never likes anything but an existing post", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileForm({ postId: fc.oneof(fc.constant(othersPostId), hostileString), like: validOrHostile("true", "false") }),
        async (fields) => {
          const data = toFormData(fields);
          const { result, after } = await submitHostileForm(() => setLike(null, data));
          const liked = await db.like.count({ where: { userId, postId: othersPostId } });
          if (result.ok) expect(result).toMatchObject({ liked: liked === 1, likeCount: liked });
          expect(after.rows.likes).toBe(liked);
        },
      ),
      { numRuns: runs.some },
    );
  });
});
