import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { createPost, createUser } from "@/test/factories";
import { listReposters } from "./likers-and-reposters";
import { getPost } from "./queries";

// The list behind a post's repost count ("Reposted by N people", /p/<id>/reposts).

describe("a post's reposters", () => {
  it("are listed newest first, leaving out suspended accounts, as the count does, and those a block stands between", async () => {
    const [author, first, second, suspended, blocked, reader] = await Promise.all([createUser(), createUser(), createUser(), createUser(), createUser(), createUser()]);
    const post = await createPost(author.id);
    const at = (seconds: number) => new Date(Date.UTC(2026, 11, 8, 1, 0, seconds));
    const reposters = [first, second, suspended, blocked];
    await db.repost.createMany({ data: reposters.map((user, index) => ({ userId: user.id, postId: post.id, createdAt: at(index) })) });
    await db.user.update({ where: { id: suspended.id }, data: { suspendedAt: new Date() } });
    await db.block.create({ data: { blockerId: reader.id, blockedId: blocked.id } });

    expect((await listReposters(post.id, null, null)).items.map((user) => user.username)).toEqual([blocked.username, second.username, first.username]);
    expect((await listReposters(post.id, null, reader.id)).items.map((user) => user.username)).toEqual([second.username, first.username]);
    expect((await getPost(post.id, null))?.repostCount).toBe(3);
  });

  it("page by the time of the repost without repeats", async () => {
    const author = await createUser();
    const post = await createPost(author.id);
    const users = await Promise.all(Array.from({ length: PAGE_SIZE + 2 }, () => createUser()));
    // Two reposts at each moment: the page boundary falls between two of the same time.
    await db.repost.createMany({ data: users.map((user, index) => ({ userId: user.id, postId: post.id, createdAt: new Date(Date.UTC(2026, 11, 8, 1, 0, Math.floor(index / 2))) })) });
    const first = await listReposters(post.id, null, null);
    const second = await listReposters(post.id, first.nextCursor, null);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((user) => user.username)).size).toBe(PAGE_SIZE + 2);
  });
});
