import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setFollow } from "@/lib/follows/actions";
import { setLike } from "@/lib/posts/actions";
import { setRepost } from "@/lib/reposts/actions";
import { createPost, createUser } from "@/test/factories";
import { browserSignedInAs, form } from "@/test/next/session";
import { countUnreadNotifications } from "./queries";

// Actions and their undoing racing through the real server actions: a notification exists
// exactly while its action does, with the count of the actions it groups.

/** Every group of `recipientId` next to the actions it should hold. */
async function groupsAgreeWithActions(recipientId: string) {
  const groups = await db.notificationGroup.findMany({ where: { recipientId }, select: { kind: true, targetId: true, actorCount: true } });
  const likes = await db.like.groupBy({ by: ["postId"], where: { post: { authorId: recipientId }, userId: { not: recipientId } }, _count: true });
  const follows = await db.follow.count({ where: { followeeId: recipientId } });
  const expected = [
    ...likes.map((like) => ({ kind: "LIKE", targetId: like.postId, actorCount: like._count })),
    ...(follows > 0 ? [{ kind: "FOLLOW", targetId: "", actorCount: follows }] : []),
  ];
  const byTarget = (a: { targetId: string }, b: { targetId: string }) => a.targetId.localeCompare(b.targetId);
  expect(groups.sort(byTarget)).toEqual(expected.sort(byTarget));
}

describe("notifications under concurrency", () => {
  it("a like and its undo racing leave a notification only where the like stayed", async () => {
    const [author, fan] = await Promise.all([createUser(), createUser()]);
    const posts = await Promise.all(Array.from({ length: 12 }, () => createPost(author.id)));
    const browser = await browserSignedInAs(fan.id);
    const setTo = (postId: string, like: boolean) => browser(() => setLike(null, form({ postId, like: String(like) })));

    await Promise.all(posts.map((post) => Promise.all([setTo(post.id, true), setTo(post.id, false)])));
    await groupsAgreeWithActions(author.id);
    // Then every like taken back, racing a second undo: nothing unread is left.
    await Promise.all(posts.map((post) => Promise.all([setTo(post.id, false), setTo(post.id, false)])));
    expect(await db.notificationGroup.count({ where: { recipientId: author.id } })).toBe(0);
    expect(await countUnreadNotifications(author.id)).toBe(0);
  });

  it("many people liking, unliking, following and unfollowing at once leave groups that count them exactly", async () => {
    const author = await createUser();
    const post = await createPost(author.id);
    const fans = await Promise.all(Array.from({ length: 24 }, () => createUser()));
    const browsers = await Promise.all(fans.map((fan) => browserSignedInAs(fan.id)));
    await Promise.all(
      browsers.map(async (browser, i) => {
        for (const on of [true, i % 3 !== 0, i % 2 === 0]) {
          await Promise.all([
            browser(() => setLike(null, form({ postId: post.id, like: String(on) }))),
            browser(() => setFollow(null, form({ userId: author.id, follow: String(!on) }))),
          ]);
        }
      }),
    );
    await groupsAgreeWithActions(author.id);
    expect(await db.like.count({ where: { postId: post.id } })).toBe(12);
  });

  it("people reposting and taking their reposts back at once leave one group that counts them exactly", async () => {
    const author = await createUser();
    const post = await createPost(author.id);
    const fans = await Promise.all(Array.from({ length: 16 }, () => createUser()));
    const browsers = await Promise.all(fans.map((fan) => browserSignedInAs(fan.id)));
    const setTo = (browser: (typeof browsers)[number], repost: boolean) => browser(() => setRepost(null, form({ postId: post.id, repost: String(repost) })));
    await Promise.all(browsers.map((browser, i) => Promise.all([setTo(browser, true), setTo(browser, i % 2 === 0)])));
    await Promise.all(browsers.map((browser, i) => setTo(browser, i % 4 !== 0)));
    const reposts = await db.repost.count({ where: { postId: post.id } });
    expect(reposts).toBe(12);
    const groups = await db.notificationGroup.findMany({ where: { recipientId: author.id }, select: { kind: true, actorCount: true } });
    expect(groups).toEqual([{ kind: "REPOST", actorCount: reposts }]);
  });
});
