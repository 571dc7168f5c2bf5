import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listBookmarks } from "@/lib/bookmarks/queries";
import { db } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { snapshot } from "@/test/invariants";
import { RedirectError } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { createPost as createPostAction, deletePost } from "./actions";
import { type PostCard, getPost, getQuotablePost, listHomeFeed, listLatestPosts, listQuotes, listUserPosts } from "./queries";
import { QUOTED_TEXT_LENGTH } from "./quotes";
import { QUOTE_GONE } from "./schema";
import { UNREADABLE_FORM_MESSAGE } from "@/lib/actions/unavailable";

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "commons-quotes-"));
});

type User = Awaited<ReturnType<typeof createUser>>;

/** Quotes `quotedPostId` as `user` through the compose form; a quote that lands redirects home. */
async function quote(user: User, quotedPostId: string, text = "My own words") {
  await signInAs(user.id);
  try {
    // As the composer's own page sends it, which leads to the home feed.
    return await createPostAction(null, form({ text, quotedPostId, redirectTo: "home" }));
  } catch (error) {
    if (error instanceof RedirectError) return { ok: true as const, redirectedTo: error.url };
    throw error;
  }
}

async function quoteOf(authorId: string) {
  return db.post.findFirstOrThrow({ where: { authorId, isQuote: true }, orderBy: { createdAt: "desc" } });
}

/** The card of `postId` as every feed that can show it shows it: the Prisma feeds and the home feed's SQL must agree. */
async function cardsOf(postId: string, viewer: User): Promise<PostCard[]> {
  const post = await db.post.findUniqueOrThrow({ where: { id: postId } });
  await db.follow.upsert({
    where: { followerId_followeeId: { followerId: viewer.id, followeeId: post.authorId } },
    create: { followerId: viewer.id, followeeId: post.authorId },
    update: {},
  });
  await db.bookmark.upsert({ where: { userId_postId: { userId: viewer.id, postId } }, create: { userId: viewer.id, postId }, update: {} });
  const pages = await Promise.all([
    listHomeFeed(viewer.id),
    listLatestPosts(viewer.id),
    listUserPosts(post.authorId, viewer.id),
    listBookmarks(viewer.id),
  ]);
  const single = await getPost(postId, viewer.id);
  return [...pages.map((page) => page.items.find((card) => card.id === postId)), single].map((card) => {
    expect(card).toBeDefined();
    return card!;
  });
}

describe("quote posts", () => {
  let ada: User;
  let bruno: User;
  let reader: User;

  beforeAll(async () => {
    [ada, bruno, reader] = await Promise.all([createUser(), createUser(), createUser()]);
  });

  it("stores the quote and shows the quoted post's author, trimmed text and first image in every feed", async () => {
    const long = `${"word ".repeat(100)}end`;
    const original = await createPost(ada.id, {
      text: long,
      images: [
        { width: 40, height: 30, alt: "First" },
        { width: 30, height: 40, alt: "Second" },
      ],
    });

    expect(await quote(bruno, original.id, "  Look at this  ")).toEqual({ ok: true, redirectedTo: "/?post=posted" });

    const stored = await quoteOf(bruno.id);
    expect(stored).toMatchObject({ text: "Look at this", quotedPostId: original.id, isQuote: true });
    for (const card of await cardsOf(stored.id, reader)) {
      expect(card.quote).toMatchObject({
        available: true,
        post: { id: original.id, author: { id: ada.id, username: ada.username }, image: { alt: "First", width: 40, height: 30 } },
      });
      const text = card.quote?.available ? card.quote.post.text : "";
      expect(text.endsWith("…")).toBe(true);
      expect(text.length).toBeLessThanOrEqual(QUOTED_TEXT_LENGTH + 1);
      expect(long.startsWith(text.slice(0, -1))).toBe(true);
    }
    for (const card of await cardsOf(original.id, reader)) expect(card).toMatchObject({ quote: null, quoteCount: 1 });
  });

  it("shows one level only: a quote of a quote embeds the quote, not what it quotes", async () => {
    const first = await createPost(ada.id, { text: "The first" });
    await quote(bruno, first.id, "The second");
    const second = await quoteOf(bruno.id);
    await quote(ada, second.id, "The third");
    const third = await quoteOf(ada.id);

    for (const card of await cardsOf(third.id, reader)) {
      expect(card.quote).toMatchObject({ available: true, post: { id: second.id, text: "The second" } });
      expect(card.quote?.available && Object.keys(card.quote.post).sort()).toEqual(["author", "contentWarning", "createdAt", "id", "image", "text"]);
    }
  });

  it("keeps the quote when the quoted post is deleted, and says it is unavailable", async () => {
    const original = await createPost(ada.id, { text: "Soon gone" });
    await quote(bruno, original.id);
    const stored = await quoteOf(bruno.id);

    await signInAs(ada.id);
    expect(await deletePost(null, form({ postId: original.id, redirectTo: "" }))).toMatchObject({ ok: true });

    expect(await db.post.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ quotedPostId: null, isQuote: true, text: "My own words" });
    for (const card of await cardsOf(stored.id, reader)) expect(card.quote).toEqual({ available: false });
  });

  it("hides a suspended author's quoted post while the suspension lasts, and leaves their quotes out of the count", async () => {
    const carol = await createUser();
    const original = await createPost(carol.id, { text: "By Carol" });
    await quote(bruno, original.id);
    const stored = await quoteOf(bruno.id);
    const target = await createPost(ada.id, { text: "Quoted by Carol" });
    await quote(carol, target.id);
    expect((await getPost(target.id, reader.id))?.quoteCount).toBe(1);

    await db.user.update({ where: { id: carol.id }, data: { suspendedAt: new Date() } });
    for (const card of await cardsOf(stored.id, reader)) expect(card.quote).toEqual({ available: false });
    for (const card of await cardsOf(target.id, reader)) expect(card.quoteCount).toBe(0);
    expect((await listQuotes(target.id, reader.id)).items).toEqual([]);

    await db.user.update({ where: { id: carol.id }, data: { suspendedAt: null } });
    for (const card of await cardsOf(stored.id, reader)) expect(card.quote).toMatchObject({ available: true, post: { id: original.id } });
    expect((await listQuotes(target.id, reader.id)).items.map((card) => card.author.id)).toEqual([carol.id]);
  });

  it("refuses to quote a post that is missing, deleted or by a suspended account, and stores nothing", async () => {
    const suspended = await createUser({ suspended: true });
    const hidden = await createPost(suspended.id);
    const deleted = await createPost(ada.id);
    await db.post.delete({ where: { id: deleted.id } });

    for (const postId of ["c".repeat(25), deleted.id, hidden.id]) {
      const before = await snapshot();
      expect(await quote(bruno, postId)).toEqual({ ok: false, message: QUOTE_GONE, values: { text: "My own words" } });
      expect(await snapshot()).toEqual(before);
      expect(await getQuotablePost(postId, bruno.id)).toBeNull();
    }
  });

  it("refuses an id that is not one, with a message, before reading anything", async () => {
    const result = await quote(bruno, "../../etc/passwd");
    expect(result).toEqual({ ok: false, message: UNREADABLE_FORM_MESSAGE, values: { text: "My own words", contentWarning: "" } });
  });

  it("lists a post's quotes newest first, by keyset pages", async () => {
    const original = await createPost(ada.id, { text: "Popular" });
    const quoters = await Promise.all(Array.from({ length: 23 }, () => createUser()));
    const start = Date.now() - 60_000;
    await db.post.createMany({
      data: quoters.map((quoter, index) => ({ authorId: quoter.id, text: `Quote ${index}`, quotedPostId: original.id, isQuote: true, createdAt: new Date(start + index * 1000) })),
    });

    const first = await listQuotes(original.id, reader.id);
    const second = await listQuotes(original.id, reader.id, first.nextCursor);
    expect([...first.items, ...second.items].map((card) => card.text)).toEqual(quoters.map((_, index) => `Quote ${index}`).reverse());
    expect(second.nextCursor).toBeNull();
    expect((await getPost(original.id, null))?.quoteCount).toBe(23);
  });
});

describe("the database", () => {
  it("refuses a quoted id that names no post, a quoted id on a post that is no quote, and a post quoting itself", async () => {
    const author = await createUser();
    await expect(db.post.create({ data: { authorId: author.id, text: "x", quotedPostId: "nosuchpost", isQuote: true } })).rejects.toMatchObject({
      code: "P2003",
    });
    const post = await createPost(author.id);
    await expect(db.post.create({ data: { authorId: author.id, text: "x", quotedPostId: post.id } })).rejects.toThrow(/posts_quote_flag_check/);
    await expect(db.post.update({ where: { id: post.id }, data: { quotedPostId: post.id, isQuote: true } })).rejects.toThrow(
      /posts_quote_not_self_check/,
    );
  });
});
