import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { createPost, createUser } from "@/lib/testing/factories";
import { listLatestPosts } from "./queries";

describe("listLatestPosts", () => {
  const total = PAGE_SIZE * 2 + 5;
  let expectedOrder: string[];

  beforeAll(async () => {
    const author = await createUser();
    const liker = await createUser();
    // Pairs of posts share a timestamp, so the id must break ties for the cursor to be exact.
    const base = Date.UTC(2026, 5, 1);
    const posts = [];
    for (let index = 0; index < total; index++) {
      posts.push(await createPost(author.id, { createdAt: new Date(base + Math.floor(index / 2) * 60_000) }));
    }
    expectedOrder = posts
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((post) => post.id);
    await db.like.create({ data: { userId: liker.id, postId: expectedOrder[0]! } });
    await db.comment.create({ data: { postId: expectedOrder[0]!, authorId: liker.id, text: "Nice" } });
  });

  it("walks every post newest first with no duplicates or gaps", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listLatestPosts>> = await listLatestPosts(cursor);
      expect(page.items.length).toBeLessThanOrEqual(PAGE_SIZE);
      seen.push(...page.items.map((post) => post.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expectedOrder);
  });

  it("includes the author and the like and comment counts with each post", async () => {
    const [newest, next] = (await listLatestPosts()).items;
    expect(newest?.author.username).toMatch(/^user_/);
    expect(newest?._count).toEqual({ likes: 1, comments: 1 });
    expect(next?._count).toEqual({ likes: 0, comments: 0 });
  });

  it("ignores a forged cursor and shows the first page", async () => {
    const first = await listLatestPosts();
    expect((await listLatestPosts("not-a-cursor")).items.map((post) => post.id)).toEqual(
      first.items.map((post) => post.id),
    );
  });
});
