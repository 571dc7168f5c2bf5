import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { createComment, createPost, createUser } from "@/test/factories";
import { getPost, listHomeFeed, listLatestPosts, listUserPosts } from "./queries";

type User = Awaited<ReturnType<typeof createUser>>;

async function walk(load: (cursor: string | null) => ReturnType<typeof listLatestPosts>) {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listLatestPosts>> = await load(cursor);
    expect(page.items.length).toBeLessThanOrEqual(PAGE_SIZE);
    seen.push(...page.items.map((post) => post.id));
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe("feeds", () => {
  let author: User;
  let reader: User;
  let stranger: User;
  let authorPosts: string[];

  beforeAll(async () => {
    [author, reader, stranger] = await Promise.all([createUser(), createUser(), createUser()]);
    await db.follow.create({ data: { followerId: reader.id, followeeId: author.id } });
    // Pairs of posts share a timestamp, so the id must break ties for the cursor to be exact.
    const base = Date.UTC(2026, 5, 1);
    const posts = [];
    for (let index = 0; index < PAGE_SIZE * 2 + 5; index++) {
      posts.push(await createPost(author.id, { createdAt: new Date(base + Math.floor(index / 2) * 60_000) }));
    }
    authorPosts = posts
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((post) => post.id);
    await createPost(stranger.id, { createdAt: new Date(base) });
    await db.like.create({ data: { userId: reader.id, postId: authorPosts[0]! } });
    await db.like.create({ data: { userId: stranger.id, postId: authorPosts[0]! } });
    await db.comment.create({ data: { postId: authorPosts[0]!, authorId: reader.id, text: "Nice" } });
  });

  it("give the home feed (hand-written SQL) the same cards as the other feeds (Prisma), field for field", async () => {
    const [writer, follower] = await Promise.all([createUser(), createUser()]);
    await db.follow.create({ data: { followerId: follower.id, followeeId: writer.id } });
    const pictured = await createPost(writer.id);
    await createPost(writer.id);
    await db.postImage.createMany({
      data: [1, 0].map((position) => ({ postId: pictured.id, position, fileKey: `${"b".repeat(63)}${position}.webp`, width: 10 + position, height: 20, alt: `Picture ${position}` })),
    });
    await db.like.createMany({ data: [follower.id, writer.id].map((userId) => ({ userId, postId: pictured.id })) });
    await createComment(pictured.id, follower.id);
    const home = await listHomeFeed(follower.id);
    expect(home.items.map((post) => [post.likeCount, post.commentCount, post.likedByViewer, post.images.map((image) => image.alt)])).toEqual([
      [0, 0, false, []],
      [2, 1, true, ["Picture 0", "Picture 1"]],
    ]);
    expect(home).toEqual(await listUserPosts(writer.id, follower.id));
  });

  it("walk a profile newest first with no duplicates or gaps", async () => {
    expect(await walk((cursor) => listUserPosts(author.id, null, cursor))).toEqual(authorPosts);
  });

  it("show the reader the posts of people they follow and their own, not strangers'", async () => {
    const own = await createPost(reader.id, { createdAt: new Date(Date.UTC(2027, 0, 1)) });
    const home = await walk((cursor) => listHomeFeed(reader.id, cursor));
    expect(home).toEqual([own.id, ...authorPosts]);
    await db.post.delete({ where: { id: own.id } });
  });

  it("count likes and comments and tell whether the viewer liked each post", async () => {
    const [newest, next] = (await listUserPosts(author.id, reader.id)).items;
    expect(newest).toMatchObject({ likeCount: 2, commentCount: 1, likedByViewer: true });
    expect(next).toMatchObject({ likeCount: 0, commentCount: 0, likedByViewer: false });
  });

  it("never claim an anonymous viewer liked something", async () => {
    const [newest] = (await listUserPosts(author.id, null)).items;
    expect(newest).toMatchObject({ likeCount: 2, likedByViewer: false });
  });

  it("ignore a forged cursor and show the first page", async () => {
    const first = await listLatestPosts(null);
    expect((await listLatestPosts(null, "not-a-cursor")).items.map((post) => post.id)).toEqual(
      first.items.map((post) => post.id),
    );
  });

  it("show nothing twice when posts arrive between pages", async () => {
    const first = await listLatestPosts(null);
    await createPost(stranger.id, { createdAt: new Date(Date.UTC(2030, 0, 1)) });
    const second = await listLatestPosts(null, first.nextCursor);
    const firstIds = new Set(first.items.map((post) => post.id));
    expect(second.items.some((post) => firstIds.has(post.id))).toBe(false);
    expect(second.items[0]!.createdAt.getTime()).toBeLessThanOrEqual(first.items.at(-1)!.createdAt.getTime());
  });

  it("find a single post, and nothing for unknown or malformed ids", async () => {
    expect((await getPost(authorPosts[0]!, reader.id))?.likedByViewer).toBe(true);
    expect(await getPost("doesnotexist", null)).toBeNull();
    expect(await getPost("'; DROP TABLE posts; --", null)).toBeNull();
  });
});
