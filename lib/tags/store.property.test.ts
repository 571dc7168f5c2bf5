import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { editPostSchema, postSchema } from "@/lib/posts/schema";
import { createPost, editPost } from "@/lib/posts/service";
import { hostileString, runs } from "@/test/hostile/input";
import { createUser } from "@/test/factories";
import { hashtags, mentionedUsernames } from "@/lib/validation/links";

// Whatever a post says, creating or editing it stores exactly the tags and
// the existing accounts its text names, and never fails on them.

type User = Awaited<ReturnType<typeof createUser>>;
let author: User;
let ada: User;

/** Text with tags and mentions in scripts, cases and forms that normalisation must agree on, amid hostile text. */
const FRAGMENTS = [
  "#İstanbul",
  "#ǅemal",
  "#Straße",
  "#ﬀ",
  "#ΣΊΣΥΦΟΣ",
  "#cafe\u0301",
  "#CAFÉ",
  "#a\u200Db",
  "#\u202Eevil",
  '#"><img onerror=alert(1)>',
  "#١٢٣",
  "#x١",
  "#_",
  "@<script>",
  `#${"ü".repeat(70)}`,
  "https://x.test/#notatag",
];

const postText = fc
  .array(fc.oneof(hostileString, fc.constantFrom(...FRAGMENTS), fc.constant(" ")), { maxLength: 12 })
  .map((parts) => parts.join(" "));

async function storedTags(postId: string) {
  return (await db.postTag.findMany({ where: { postId }, select: { tag: true } })).map((row) => row.tag).sort();
}

beforeAll(async () => {
  [author, ada] = await Promise.all([createUser(), createUser({ username: "ada_tags" })]);
});

describe("storing the tags and mentions of hostile posts", () => {
  it("stores exactly what the text names, on creation and on edit", async () => {
    await fc.assert(
      fc.asyncProperty(postText, postText, async (first, second) => {
        const created = postSchema.safeParse({ text: `${first} @ada_tags` });
        if (!created.success) return;
        const result = await createPost(author, created.data);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(await storedTags(result.postId)).toEqual(hashtags(created.data.text).sort());
        expect(await db.postMention.findMany({ where: { postId: result.postId }, select: { userId: true } })).toEqual(
          mentionedUsernames(created.data.text).includes(ada.username) ? [{ userId: ada.id }] : [],
        );

        const edit = editPostSchema.safeParse({ postId: result.postId, text: second, alts: [] });
        if (!edit.success || edit.data.text === "") return;
        expect(await editPost(author, edit.data)).toMatchObject({ ok: true });
        expect(await storedTags(result.postId)).toEqual(hashtags(edit.data.text).sort());
      }),
      { numRuns: runs.some },
    );
  });
});
