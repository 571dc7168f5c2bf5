import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { shownOrEmpty } from "@/lib/validation/invisible";
import { withoutControlCharacters } from "@/lib/validation/text";
import { createPost, createUser } from "@/test/factories";
import { hostileField, hostileForm, hostileString, orOverLimit, runs, submittedText, toFormData, validOrHostile } from "@/test/hostile/input";
import { expectFormResult, settle, snapshot } from "@/test/invariants";
import { signInAs } from "@/test/next/session";
import { editPost } from "./actions";
import { POST_TEXT_LIMIT, postEditEcho } from "./schema";

let userId: string;
let ownPostId: string;
let othersPostId: string;

const postState = (id: string) =>
  db.post.findUniqueOrThrow({ where: { id }, select: { text: true, editedAt: true, images: { select: { alt: true } } } });

beforeAll(async () => {
  const [user, other] = await Promise.all([createUser(), createUser()]);
  userId = user.id;
  const [own, others] = await Promise.all([createPost(user.id), createPost(other.id)]);
  ownPostId = own.id;
  othersPostId = others.id;
  // One image, so one description is expected: more, fewer or a file instead are refused.
  await db.postImage.create({ data: { postId: own.id, position: 0, fileKey: "edit-property.webp", width: 8, height: 8, alt: "A dot" } });
});

beforeEach(async () => {
  await signInAs(userId);
});

describe("editPost with hostile input", () => {
  it("edits only the author's own post, as typed and cleaned; a refusal answers the form and changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileForm({
          postId: fc.oneof(fc.constantFrom(ownPostId, othersPostId, `${ownPostId}x`), hostileString),
          text: orOverLimit(validOrHostile("Edited 👩‍👩‍👧", "  <b>bold</b>  "), POST_TEXT_LIMIT.codeUnits),
          "alt-0": validOrHostile("A dot", "", "A bigger dot"),
        }),
        fc.option(hostileField(), { nil: undefined }),
        async (fields, secondAlt) => {
          const data = toFormData({ ...fields, "alt-1": secondAlt });
          const [before, ownBefore, othersBefore] = await Promise.all([snapshot(), postState(ownPostId), postState(othersPostId)]);

          const outcome = await settle(() => editPost(null, data));

          expect(await postState(othersPostId)).toEqual(othersBefore);
          if ("redirectedTo" in outcome) {
            expect(outcome.redirectedTo).toBe(`/p/${ownPostId}?post=edited`);
            const own = await postState(ownPostId);
            expect(own.text).toBe(shownOrEmpty(withoutControlCharacters(submittedText(data, "text")).trim(), POST_TEXT_LIMIT.codeUnits));
            expect(own.images[0]!.alt).toBe(withoutControlCharacters(submittedText(data, "alt-0")).trim());
            const changed = own.text !== ownBefore.text || own.images[0]!.alt !== ownBefore.images[0]!.alt;
            expect((await snapshot()).rows.postRevisions).toBe(before.rows.postRevisions + (changed ? 1 : 0));
            return;
          }
          expect(outcome.result.ok).toBe(false);
          expectFormResult(outcome.result, postEditEcho);
          expect(await snapshot()).toEqual(before);
          expect(await postState(ownPostId)).toEqual(ownBefore);
        },
      ),
      { numRuns: runs.many, examples: [[{ postId: "", text: "Hello", "alt-0": "\u0000" }, undefined]] },
    );
  });
});
