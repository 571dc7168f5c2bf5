import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { hostileField, hostileFile, hostileForm, hostileString, runs, submittedText, toFormData, validOrHostile } from "@/test/hostile/input";
import { expectFormResult, settle, snapshot } from "@/test/invariants";
import { signInAs } from "@/test/next/session";
import { createPost as createPostAction } from "./actions";
import { postFormEcho } from "./schema";

let quoterId: string;
let shownPostId: string;
let suspendedPostId: string;
let deletedPostId: string;
let image: File;

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "commons-quote-properties-"));
  const [quoter, author, suspended] = await Promise.all([createUser(), createUser(), createUser({ suspended: true })]);
  quoterId = quoter.id;
  const [shown, hidden, deleted] = await Promise.all([createPost(author.id), createPost(suspended.id), createPost(author.id)]);
  await db.post.delete({ where: { id: deleted.id } });
  [shownPostId, suspendedPostId, deletedPostId] = [shown.id, hidden.id, deleted.id];
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#37a" } }).png().toBuffer();
  image = new File([new Uint8Array(png)], "dot.png", { type: "image/png" });
});

beforeEach(async () => {
  await signInAs(quoterId);
});

describe("quoting with hostile input", () => {
  it("stores a whole quote of a visible post or nothing at all: no row, no image, no file", async () => {
    const quotedPostId = fc.oneof(
      fc.constantFrom(shownPostId, suspendedPostId, deletedPostId),
      fc.constant("c".repeat(25)),
      hostileString,
    );
    await fc.assert(
      fc.asyncProperty(
        hostileForm({ text: validOrHostile("Quoting this", ""), quotedPostId }),
        fc.array(fc.oneof(fc.constant(image), hostileFile), { maxLength: 2 }),
        fc.array(hostileField(validOrHostile("A dot")), { maxLength: 5 }),
        async (fields, chosen, alts) => {
          const data = toFormData({ ...fields, images: chosen.length > 0 ? chosen : undefined });
          for (const alt of alts) if (alt !== undefined) for (const value of [alt].flat()) data.append("alt", value);
          const before = await snapshot();
          const quotesBefore = await db.post.count({ where: { authorId: quoterId, isQuote: true } });

          const outcome = await settle(() => createPostAction(null, data));

          const after = await snapshot();
          // Sent without the composer page's redirectTo, the action answers with the form's result.
          if (!("result" in outcome)) throw new Error(`Redirected to ${outcome.redirectedTo}`);
          expectFormResult(outcome.result, postFormEcho);
          const quotesAfter = await db.post.count({ where: { authorId: quoterId, isQuote: true } });
          if (!outcome.result.ok) {
            expect(after).toEqual(before);
            expect(quotesAfter).toBe(quotesBefore);
            return;
          }
          // A post landed, with everything it was sent with: a quote only of the one post that may
          // be quoted, and a plain post only when no post was named.
          const landed = await db.post.findFirstOrThrow({ where: { authorId: quoterId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { images: true } });
          if (landed.isQuote) expect(landed.quotedPostId).toBe(shownPostId);
          else expect(submittedText(data, "quotedPostId")).toBe("");
          expect(quotesAfter).toBe(quotesBefore + (landed.isQuote ? 1 : 0));
          expect(after.rows.posts).toBe(before.rows.posts + 1);
          expect(after.rows.postImages).toBe(before.rows.postImages + landed.images.length);
        },
      ),
      // The first example lands a quote with an image; the second is refused after its image was stored.
      {
        numRuns: runs.few,
        examples: [
          [{ text: "Quoting this", quotedPostId: shownPostId }, [image], ["A dot"]],
          [{ text: "Quoting this", quotedPostId: deletedPostId }, [image], ["A dot"]],
        ],
      },
    );
  });
});
