import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createComment, createPost, createUser, deleteUser } from "@/test/factories";

// Suspending, unsuspending and deleting an account touch every post it liked,
// reposted or commented on (hidden counts, post_stats, notification groups).
// Many such changes at once, over the same posts, must all go through: before
// migration 20261202050000, 58 of 200 deadlocked in a run like this one.

type User = Awaited<ReturnType<typeof createUser>>;

/** Three authors with 24 posts, and ten accounts that like, repost, comment on and follow them in overlapping sets and orders. */
async function createCrowd() {
  const authors = await Promise.all([createUser(), createUser(), createUser()]);
  const posts: { id: string }[] = [];
  for (let index = 0; index < 24; index++) posts.push(await createPost(authors[index % 3]!.id));
  const crowd: User[] = await Promise.all(Array.from({ length: 10 }, () => createUser()));
  for (const [n, member] of crowd.entries()) {
    const liked = posts.filter((_, index) => (index * 7 + n * 3) % 10 < 3 + (n % 6));
    await db.like.createMany({ data: (n % 2 ? liked.reverse() : liked).map((post) => ({ userId: member.id, postId: post.id })) });
    await db.repost.createMany({ data: posts.filter((_, index) => (index + n) % 4 === 0).map((post) => ({ userId: member.id, postId: post.id })) });
    for (const post of posts.filter((_, index) => (index * 3 + n) % 7 === 0)) await createComment(post.id, member.id);
    await db.follow.createMany({ data: authors.map((author) => ({ followerId: member.id, followeeId: author.id })) });
  }
  return { authors, postIds: posts.map((post) => post.id), crowd };
}

/** Runs every change at once; the reasons of those that failed. */
async function failuresOf(changes: Promise<unknown>[]) {
  const results = await Promise.allSettled(changes);
  return results.flatMap((result) => (result.status === "rejected" ? [String(result.reason)] : []));
}

const setSuspension = (user: User, suspended: boolean) =>
  db.user.update({ where: { id: user.id }, data: { suspendedAt: suspended ? new Date() : null } });

describe("many account-wide changes at once", () => {
  it("suspend, unsuspend and delete accounts that engaged with the same posts, and every count stays right", { timeout: 120_000 }, async () => {
    const { authors, postIds, crowd } = await createCrowd();

    expect(await failuresOf(crowd.map((member) => setSuspension(member, true)))).toEqual([]);
    expect(await failuresOf(crowd.slice(0, 5).map((member) => setSuspension(member, false)))).toEqual([]);
    const stillSuspended = crowd.slice(5).map((member) => member.id);
    for (const postId of postIds) {
      const post = await db.post.findUniqueOrThrow({ where: { id: postId }, select: { hiddenLikeCount: true, hiddenRepostCount: true, hiddenCommentCount: true } });
      expect(post).toEqual({
        hiddenLikeCount: await db.like.count({ where: { postId, userId: { in: stillSuspended } } }),
        hiddenRepostCount: await db.repost.count({ where: { postId, userId: { in: stillSuspended } } }),
        hiddenCommentCount: await db.comment.count({ where: { postId, authorId: { in: stillSuspended } } }),
      });
    }

    expect(await failuresOf(crowd.map((member) => deleteUser(member.id)))).toEqual([]);
    const posts = await db.post.findMany({
      where: { id: { in: postIds } },
      select: { hiddenLikeCount: true, hiddenRepostCount: true, hiddenCommentCount: true, stats: { select: { likeCount: true, repostCount: true, commentCount: true } } },
    });
    const none = { likeCount: 0, repostCount: 0, commentCount: 0 };
    for (const { stats, ...hidden } of posts) {
      expect(hidden).toEqual({ hiddenLikeCount: 0, hiddenRepostCount: 0, hiddenCommentCount: 0 });
      expect(stats ?? none).toEqual(none);
    }
    const groupsLeft = await db.notificationGroup.count({ where: { recipientId: { in: authors.map((author) => author.id) }, kind: { in: ["LIKE", "REPOST", "FOLLOW"] } } });
    expect(groupsLeft).toBe(0);
  });
});
