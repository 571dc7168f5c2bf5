import { beforeAll, describe, expect, it } from "vitest";
import { SIGNED_OUT_MESSAGE } from "@/lib/actions/authed";
import { db, onStatement } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { getPost, listHomeFeed, listLatestPosts } from "@/lib/posts/queries";
import { POST_GONE } from "@/lib/posts/schema";
import { createPost, createUser } from "@/test/factories";
import { request, revalidatedPaths } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { setBookmark } from "./actions";
import { bookmarkTakingPlaceOf, listBookmarks } from "./queries";

type User = Awaited<ReturnType<typeof createUser>>;

const bookmark = (postId: string) => setBookmark(null, form({ postId, bookmark: "true" }));
const unbookmark = (postId: string) => setBookmark(null, form({ postId, bookmark: "false" }));
const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

/** Every page of `userId`'s bookmarks, following the cursors. */
async function walkBookmarks(userId: string): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listBookmarks>> = await listBookmarks(userId, cursor);
    expect(page.items.length).toBeLessThanOrEqual(PAGE_SIZE);
    seen.push(...ids(page));
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

let reader: User;
let author: User;

beforeAll(async () => {
  [reader, author] = await Promise.all([createUser(), createUser()]);
});

describe("setBookmark", () => {
  it("bookmarks and takes it back, idempotently, revalidating the pages that show it", async () => {
    const post = await createPost(author.id);
    await signInAs(reader.id);
    revalidatedPaths.length = 0;

    expect(await bookmark(post.id)).toEqual({ ok: true, bookmarked: true });
    expect(await bookmark(post.id)).toEqual({ ok: true, bookmarked: true });
    expect(await db.bookmark.count({ where: { postId: post.id } })).toBe(1);
    expect(revalidatedPaths).toEqual(["/", "/"]);

    expect(await unbookmark(post.id)).toEqual({ ok: true, bookmarked: false });
    expect(await unbookmark(post.id)).toEqual({ ok: true, bookmarked: false });
    expect(await db.bookmark.count({ where: { postId: post.id } })).toBe(0);
  });

  it("leaves one row when the same bookmark arrives many times at once", async () => {
    const post = await createPost(author.id);
    await signInAs(reader.id);
    const answers = await Promise.all(Array.from({ length: 8 }, () => bookmark(post.id)));
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(await db.bookmark.count({ where: { userId: reader.id, postId: post.id } })).toBe(1);
  });

  it("refuses a second row for the same person and post in the database itself", async () => {
    const post = await createPost(author.id);
    await db.bookmark.create({ data: { userId: author.id, postId: post.id } });
    await expect(db.bookmark.create({ data: { userId: author.id, postId: post.id } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("answers a deleted post as gone and stores nothing", async () => {
    const post = await createPost(author.id);
    await db.post.delete({ where: { id: post.id } });
    await signInAs(reader.id);
    expect(await bookmark(post.id)).toEqual({ ok: false, message: POST_GONE });
    expect(await db.bookmark.count({ where: { postId: post.id } })).toBe(0);
  });

  it("refuses a visitor", async () => {
    const post = await createPost(author.id);
    request.switchBrowser();
    expect(await bookmark(post.id)).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
  });
});

describe("listBookmarks", () => {
  it("shows the first page for a forged cursor of year 0, which PostgreSQL refuses to compare", async () => {
    const owner = await createUser();
    const post = await createPost(author.id);
    await db.bookmark.create({ data: { userId: owner.id, postId: post.id } });
    const yearZero = Buffer.from(JSON.stringify(["0000-01-01T00:00:00Z", post.id])).toString("base64url");
    expect(ids(await listBookmarks(owner.id, yearZero))).toEqual([post.id]);
  });

  it("pages newest bookmarked first, without duplicates or gaps, whatever the posts' own age", async () => {
    const [owner, writer] = await Promise.all([createUser(), createUser()]);
    const base = Date.UTC(2026, 5, 1);
    const posts = [];
    for (let index = 0; index < PAGE_SIZE * 2 + 3; index++) posts.push(await createPost(writer.id, { createdAt: new Date(base + index * 1000) }));
    // Bookmarked oldest post last, in pairs sharing a time, so the post id must break ties.
    const bookmarkBase = Date.UTC(2026, 6, 1);
    const rows = posts.map((post, index) => ({ userId: owner.id, postId: post.id, createdAt: new Date(bookmarkBase - Math.floor(index / 2) * 1000) }));
    await db.bookmark.createMany({ data: rows });
    const expected = [...rows]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.postId < b.postId ? 1 : -1))
      .map((row) => row.postId);

    expect(await walkBookmarks(owner.id)).toEqual(expected);
  });

  it("keeps later pages stable when more is bookmarked meanwhile", async () => {
    const [owner, writer] = await Promise.all([createUser(), createUser()]);
    const posts = await Promise.all(Array.from({ length: PAGE_SIZE + 5 }, () => createPost(writer.id)));
    const base = Date.UTC(2026, 7, 1);
    await db.bookmark.createMany({ data: posts.map((post, index) => ({ userId: owner.id, postId: post.id, createdAt: new Date(base + index * 1000) })) });
    const first = await listBookmarks(owner.id);
    const newPost = await createPost(writer.id);
    await db.bookmark.create({ data: { userId: owner.id, postId: newPost.id } });

    const second = await listBookmarks(owner.id, first.nextCursor);

    expect(ids(second)).toEqual(posts.slice(0, 5).map((post) => post.id).reverse());
    expect(ids(second).some((id) => ids(first).includes(id))).toBe(false);
  });

  it("shows only the owner's bookmarks, and never a deleted post or one whose author is suspended", async () => {
    const [owner, other, writer] = await Promise.all([createUser(), createUser(), createUser()]);
    const [kept, deleted, hidden, othersOnly] = await Promise.all([createPost(author.id), createPost(author.id), createPost(writer.id), createPost(author.id)]);
    await db.bookmark.createMany({ data: [kept, deleted, hidden].map((post) => ({ userId: owner.id, postId: post.id })) });
    await db.bookmark.create({ data: { userId: other.id, postId: othersOnly.id } });
    await db.post.delete({ where: { id: deleted.id } });
    await db.user.update({ where: { id: writer.id }, data: { suspendedAt: new Date() } });

    expect(ids(await listBookmarks(owner.id))).toEqual([kept.id]);
    expect(ids(await listBookmarks(other.id))).toEqual([othersOnly.id]);

    await db.user.update({ where: { id: writer.id }, data: { suspendedAt: null } });
    expect(new Set(ids(await listBookmarks(owner.id)))).toEqual(new Set([kept.id, hidden.id]));
  });

  it("ignores a forged cursor and shows the first page", async () => {
    const post = await createPost(author.id);
    const owner = await createUser();
    await db.bookmark.create({ data: { userId: owner.id, postId: post.id } });
    expect(ids(await listBookmarks(owner.id, "not-a-cursor"))).toEqual([post.id]);
  });
});

describe("bookmarkTakingPlaceOf", () => {
  let statements = 0;
  beforeAll(() => onStatement(() => void statements++));

  /** The post it answers for `postId`, and how many statements it took to find it. */
  async function takingPlaceOf(userId: string, postId: string) {
    statements = 0;
    const post = await bookmarkTakingPlaceOf(userId, postId);
    return { post, statements };
  }

  it("answers with the next card down, else the one above, in one statement, past a suspended author's", async () => {
    const [owner, writer, suspended] = await Promise.all([createUser(), createUser(), createUser()]);
    const [first, hidden, middle, last] = await Promise.all([createPost(writer.id), createPost(suspended.id), createPost(writer.id), createPost(writer.id)]);
    await db.bookmark.createMany({
      data: [first, hidden, middle, last].map((post, place) => ({ userId: owner.id, postId: post.id, createdAt: new Date(Date.UTC(2026, 0, 9 - place)) })),
    });
    await db.user.update({ where: { id: suspended.id }, data: { suspendedAt: new Date() } });

    expect(await takingPlaceOf(owner.id, first.id)).toEqual({ post: middle.id, statements: 1 });
    expect(await takingPlaceOf(owner.id, middle.id)).toEqual({ post: last.id, statements: 1 });
    expect(await takingPlaceOf(owner.id, last.id)).toEqual({ post: middle.id, statements: 1 });
  });

  it("breaks a tie of times by the post id, as the page orders them", async () => {
    const [owner, writer] = await Promise.all([createUser(), createUser()]);
    const posts = await Promise.all([createPost(writer.id), createPost(writer.id), createPost(writer.id)]);
    const createdAt = new Date(Date.UTC(2026, 0, 9));
    await db.bookmark.createMany({ data: posts.map((post) => ({ userId: owner.id, postId: post.id, createdAt })) });
    const [top, middle, bottom] = ids(await listBookmarks(owner.id));

    expect((await takingPlaceOf(owner.id, top!)).post).toBe(middle);
    expect((await takingPlaceOf(owner.id, middle!)).post).toBe(bottom);
    expect((await takingPlaceOf(owner.id, bottom!)).post).toBe(middle);
  });

  it("answers null for the only bookmark, a post not bookmarked and someone else's bookmark", async () => {
    const [owner, other, writer] = await Promise.all([createUser(), createUser(), createUser()]);
    const [only, unmarked] = await Promise.all([createPost(writer.id), createPost(writer.id)]);
    await db.bookmark.create({ data: { userId: owner.id, postId: only.id } });
    await db.bookmark.create({ data: { userId: other.id, postId: unmarked.id } });

    expect(await takingPlaceOf(owner.id, only.id)).toEqual({ post: null, statements: 1 });
    expect(await takingPlaceOf(owner.id, unmarked.id)).toEqual({ post: null, statements: 1 });
  });
});

describe("the cards' bookmark state", () => {
  it("is the viewer's own, the same in the home feed (SQL) and the other feeds (Prisma), and never a visitor's", async () => {
    const [viewer, writer] = await Promise.all([createUser(), createUser()]);
    await db.follow.create({ data: { followerId: viewer.id, followeeId: writer.id } });
    const [saved, other] = [await createPost(writer.id), await createPost(writer.id)];
    await db.bookmark.create({ data: { userId: viewer.id, postId: saved.id } });
    await db.bookmark.create({ data: { userId: writer.id, postId: other.id } });

    const flags = (page: Awaited<ReturnType<typeof listHomeFeed>>) =>
      page.items.filter((post) => [saved.id, other.id].includes(post.id)).map((post) => [post.id, post.bookmarkedByViewer]);
    const expected = [[other.id, false], [saved.id, true]];
    expect(flags(await listHomeFeed(viewer.id))).toEqual(expected);
    expect(flags(await listLatestPosts(viewer.id))).toEqual(expected);
    expect((await getPost(saved.id, viewer.id))?.bookmarkedByViewer).toBe(true);
    expect((await getPost(saved.id, null))?.bookmarkedByViewer).toBe(false);
    expect((await listBookmarks(viewer.id)).items.map((post) => post.bookmarkedByViewer)).toEqual([true]);
  });
});
