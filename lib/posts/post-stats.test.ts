import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createComment, createPost, createUser, deleteUser } from "@/test/factories";

// post_stats is kept by triggers (migration post_stats): whatever writes likes,
// comments and reposts, and however many at once, each post's row says how many it has.

type User = Awaited<ReturnType<typeof createUser>>;

/** Each post's counts as stored, next to the rows themselves. */
async function statsAndRows(postIds: string[]) {
  return Promise.all(postIds.map(async (postId) => {
    const stats = await db.postStats.findUnique({ where: { postId } });
    const [likes, comments, reposts] = await Promise.all([
      db.like.count({ where: { postId } }), db.comment.count({ where: { postId } }), db.repost.count({ where: { postId } }),
    ]);
    return {
      stored: { likes: stats?.likeCount ?? 0, comments: stats?.commentCount ?? 0, reposts: stats?.repostCount ?? 0 },
      rows: { likes, comments, reposts },
    };
  }));
}

async function expectStatsRight(postIds: string[]) {
  for (const { stored, rows } of await statsAndRows(postIds)) expect(stored).toEqual(rows);
}

let author: User;
let fans: User[];

beforeEach(async () => {
  [author, ...fans] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
});

describe("post_stats", () => {
  it("follows likes, comments and reposts added and taken back, one at a time and many in one statement", async () => {
    const [first, second] = [await createPost(author.id), await createPost(author.id)];
    await db.like.create({ data: { userId: fans[0]!.id, postId: first.id } });
    await db.like.createMany({ data: fans.map((fan) => ({ userId: fan.id, postId: second.id })) });
    await db.repost.createMany({ data: [first, second].map((post) => ({ userId: fans[1]!.id, postId: post.id })) });
    await createComment(first.id, fans[2]!.id);
    await createComment(first.id, author.id);
    await expectStatsRight([first.id, second.id]);
    expect((await statsAndRows([second.id]))[0]?.stored).toEqual({ likes: 3, comments: 0, reposts: 1 });

    await db.like.deleteMany({ where: { postId: second.id, userId: { in: [fans[0]!.id, fans[1]!.id] } } });
    await db.repost.delete({ where: { userId_postId: { userId: fans[1]!.id, postId: first.id } } });
    await db.comment.deleteMany({ where: { postId: first.id, authorId: author.id } });
    await expectStatsRight([first.id, second.id]);
    expect((await statsAndRows([first.id]))[0]?.stored).toEqual({ likes: 1, comments: 1, reposts: 0 });
  });

  it("loses a deleted account's likes, comments and reposts, and goes with a deleted post", async () => {
    const posts = [await createPost(author.id), await createPost(author.id)];
    for (const fan of fans) {
      await db.like.createMany({ data: posts.map((post) => ({ userId: fan.id, postId: post.id })) });
      await db.repost.create({ data: { userId: fan.id, postId: posts[0]!.id } });
      await createComment(posts[1]!.id, fan.id);
    }
    await deleteUser(fans[0]!.id);
    await expectStatsRight(posts.map((post) => post.id));
    expect((await statsAndRows([posts[0]!.id]))[0]?.stored).toEqual({ likes: 2, comments: 0, reposts: 2 });

    await db.post.delete({ where: { id: posts[0]!.id } });
    expect(await db.postStats.findUnique({ where: { postId: posts[0]!.id } })).toBeNull();
    await deleteUser(author.id);
    expect(await db.postStats.count({ where: { postId: { in: posts.map((post) => post.id) } } })).toBe(0);
  });

  it("counts every one of many likes of one post sent at once, and every one taken back at once", async () => {
    const crowd = await Promise.all(Array.from({ length: 16 }, () => createUser()));
    const post = await createPost(author.id);
    await Promise.all(crowd.map((person) => db.like.create({ data: { userId: person.id, postId: post.id } })));
    expect((await statsAndRows([post.id]))[0]?.stored.likes).toBe(crowd.length);

    await Promise.all(crowd.slice(0, 10).map((person) => db.like.delete({ where: { userId_postId: { userId: person.id, postId: post.id } } })));
    await expectStatsRight([post.id]);
    expect((await statsAndRows([post.id]))[0]?.stored.likes).toBe(6);
  });
});
