import { beforeAll, describe, expect, it } from "vitest";
import { listBookmarks } from "@/lib/bookmarks/queries";
import { db } from "@/lib/db";
import { searchPosts } from "@/lib/search/queries";
import { listTaggedPosts } from "@/lib/tags/queries";
import { createFollow, createPost, createUser } from "@/test/factories";
import { form, signInAs } from "@/test/next/session";
import { createPost as createPostAction } from "./actions";
import { getPost, listHomeFeed, listLatestPosts, listQuotes, listUserPosts } from "./queries";
import { MAX_CONTENT_WARNING_LENGTH } from "./schema";

// A post's content warning is stored as one trimmed line and read by every query a card is
// drawn from (components/posts/content-warning.test.ts: how the card folds behind it).

type User = Awaited<ReturnType<typeof createUser>>;
let author: User;
let reader: User;

beforeAll(async () => {
  [author, reader] = await Promise.all([createUser(), createUser()]);
  await createFollow(reader.id, author.id);
});

describe("writing a content warning", () => {
  it("stores the compose box's warning as one trimmed line", async () => {
    await signInAs(author.id);
    expect(await createPostAction(null, form({ text: "The ending", contentWarning: "  film\n spoilers\u0000 " }))).toMatchObject({ ok: true });
    const post = await db.post.findFirstOrThrow({ where: { authorId: author.id, text: "The ending" } });
    expect(post.contentWarning).toBe("film spoilers");
  });

  it("refuses an over-long warning on its field, keeps what was typed, and stores nothing", async () => {
    await signInAs(author.id);
    const before = await db.post.count({ where: { authorId: author.id } });
    const warning = "w".repeat(MAX_CONTENT_WARNING_LENGTH + 1);
    const result = await createPostAction(null, form({ text: "Too much", contentWarning: warning }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { contentWarning: [expect.stringContaining("100 characters")] } });
    // Echoed whole: one over the limit is well within what a valid warning can take up (newPostEcho).
    expect(result.ok === false && result.values?.contentWarning).toBe(warning);
    expect(await db.post.count({ where: { authorId: author.id } })).toBe(before);
  });

  it("keeps an untrimmed warning out of the database", async () => {
    await expect(db.post.create({ data: { authorId: author.id, text: "x", contentWarning: " padded " } })).rejects.toThrow();
  });
});

describe("reading a content warning", () => {
  it("comes with the card in every feed, page and search", async () => {
    const post = await createPost(author.id, { text: "Spoiler about #cwtesttag and zanzibarquokka", contentWarning: "spoilers" });
    const quote = await createPost(author.id, { text: "Look", quotedPostId: post.id });
    await db.bookmark.create({ data: { userId: reader.id, postId: post.id } });
    const find = (page: { items: { id: string; contentWarning: string }[] }) => page.items.find((card) => card.id === post.id)?.contentWarning;

    expect(find(await listLatestPosts(reader.id))).toBe("spoilers");
    expect(find(await listHomeFeed(reader.id))).toBe("spoilers");
    expect(find(await listUserPosts(author.id, reader.id))).toBe("spoilers");
    expect(find(await listTaggedPosts("cwtesttag", reader.id))).toBe("spoilers");
    expect(find(await listBookmarks(reader.id))).toBe("spoilers");
    expect((await getPost(post.id, null))?.contentWarning).toBe("spoilers");
    expect((await searchPosts("zanzibarquokka", 1)).items.find((result) => result.id === post.id)?.contentWarning).toBe("spoilers");
    // The quoting card's embed, by Prisma (explore, quotes) and by SQL (home).
    for (const page of [await listLatestPosts(reader.id), await listHomeFeed(reader.id), await listQuotes(post.id, null)]) {
      const embed = page.items.find((card) => card.id === quote.id)?.quote;
      expect(embed).toMatchObject({ available: true, post: { contentWarning: "spoilers" } });
    }
  });
});
