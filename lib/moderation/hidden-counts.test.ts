import { beforeEach, describe, expect, it } from "vitest";
import { listCommentTree } from "@/lib/comments/tree";
import { db } from "@/lib/db";
import { listFollowers, listFollowing } from "@/lib/follows/queries";
import { deleteComment } from "@/lib/comments/actions";
import { setLike } from "@/lib/posts/actions";
import { listLikers } from "@/lib/posts/likers-and-reposters";
import { getPost, listHomeFeed, listLatestPosts, listUserPosts } from "@/lib/posts/queries";
import { getVisibleProfile } from "@/lib/profiles/queries";
import { createComment, createPost, createUser } from "@/test/factories";
import { form, signInAs } from "@/test/next/session";

// Counts beside a list say how long the list is: "1 comment" never sits above
// "No comments yet", and "3 following" never lists two people, whoever is suspended.

type User = Awaited<ReturnType<typeof createUser>>;

async function setSuspended(user: User, suspendedAt: Date | null) {
  await db.user.update({ where: { id: user.id }, data: { suspendedAt } });
}

/** What a post shows: its counts on each card (feeds and its page), and what its lists of likers and comments hold. */
async function postAsShown(postId: string, authorId: string) {
  const card = await getPost(postId, null);
  const onExplore = (await listLatestPosts(null)).items.find((item) => item.id === postId);
  const onProfile = (await listUserPosts(authorId, null)).items.find((item) => item.id === postId);
  const onHome = (await listHomeFeed(authorId)).items.find((item) => item.id === postId);
  return {
    counts: [card, onExplore, onProfile, onHome].map((shown) => ({ likes: shown?.likeCount, comments: shown?.commentCount })),
    lists: { likes: (await listLikers(postId, null, null)).items.length, comments: (await listCommentTree(postId, null)).nodes.filter((node) => node.state === "shown").length },
  };
}

function expectCountsMatchLists(shown: Awaited<ReturnType<typeof postAsShown>>) {
  for (const counts of shown.counts) expect(counts).toEqual(shown.lists);
}

let author: User;
let fan: User;
let spammer: User;

beforeEach(async () => {
  [author, fan, spammer] = await Promise.all([createUser(), createUser(), createUser()]);
});

describe("a post's like and comment counts", () => {
  it("leave out a suspended account's likes and comments, and take them back when it is lifted", async () => {
    const post = await createPost(author.id);
    await db.like.createMany({ data: [{ userId: fan.id, postId: post.id }, { userId: spammer.id, postId: post.id }] });
    await createComment(post.id, fan.id);
    await createComment(post.id, spammer.id);
    await createComment(post.id, spammer.id);

    await setSuspended(spammer, new Date());
    const suspended = await postAsShown(post.id, author.id);
    expect(suspended.lists).toEqual({ likes: 1, comments: 1 });
    expectCountsMatchLists(suspended);

    await setSuspended(spammer, null);
    const lifted = await postAsShown(post.id, author.id);
    expect(lifted.lists).toEqual({ likes: 2, comments: 3 });
    expectCountsMatchLists(lifted);
  });

  it("stay right when hidden likes and comments are removed, the suspended account is deleted, or rows arrive while suspended", async () => {
    const post = await createPost(author.id);
    await db.like.create({ data: { userId: spammer.id, postId: post.id } });
    const [hiddenComment] = await Promise.all([createComment(post.id, spammer.id), createComment(post.id, spammer.id)]);
    await setSuspended(spammer, new Date());

    // Written straight to the database: a request already under way when the suspension landed.
    const other = await createPost(author.id);
    await db.like.create({ data: { userId: spammer.id, postId: other.id } });
    await createComment(other.id, spammer.id);
    expectCountsMatchLists(await postAsShown(other.id, author.id));

    await db.comment.delete({ where: { id: hiddenComment!.id } });
    expectCountsMatchLists(await postAsShown(post.id, author.id));

    await db.user.delete({ where: { id: spammer.id } });
    expectCountsMatchLists(await postAsShown(post.id, author.id));
    expect(await db.post.findMany({ where: { authorId: author.id }, select: { hiddenLikeCount: true, hiddenCommentCount: true } }))
      .toEqual([{ hiddenLikeCount: 0, hiddenCommentCount: 0 }, { hiddenLikeCount: 0, hiddenCommentCount: 0 }]);
  });

  it("count the comments a threaded conversation shows, not its placeholders, through deletes, suspensions and account deletion", async () => {
    const post = await createPost(author.id);
    const reply = (parentId: string, by: User) => db.comment.create({ data: { postId: post.id, parentId, authorId: by.id, text: "Reply" } });
    const fansComment = await createComment(post.id, fan.id);
    const spammersComment = await createComment(post.id, spammer.id);
    await reply((await reply(fansComment.id, spammer)).id, author);
    await reply(spammersComment.id, fan);

    await signInAs(fan.id);
    expect(await deleteComment(null, form({ commentId: fansComment.id }))).toMatchObject({ ok: true });
    expectCountsMatchLists(await postAsShown(post.id, author.id));
    await setSuspended(spammer, new Date());
    const suspended = await postAsShown(post.id, author.id);
    expect(suspended.lists.comments).toBe(2);
    expectCountsMatchLists(suspended);
    await setSuspended(spammer, null);
    expectCountsMatchLists(await postAsShown(post.id, author.id));
    await setSuspended(spammer, new Date());
    await db.user.delete({ where: { id: spammer.id } });
    expectCountsMatchLists(await postAsShown(post.id, author.id));
  });

  it("answer a like with the count the card shows", async () => {
    const post = await createPost(author.id);
    await db.like.create({ data: { userId: spammer.id, postId: post.id } });
    await setSuspended(spammer, new Date());
    await signInAs(fan.id);
    expect(await setLike(null, form({ postId: post.id, like: "true" }))).toEqual({ ok: true, liked: true, likeCount: 1 });
    expect((await getPost(post.id, null))?.likeCount).toBe(1);
  });
});

describe("a profile's follower and following counts", () => {
  it("equal the lengths of its lists while a follower and a followee are suspended", async () => {
    const [followee, hiddenFollowee] = await Promise.all([createUser(), createUser()]);
    await db.follow.createMany({
      data: [
        { followerId: fan.id, followeeId: author.id },
        { followerId: spammer.id, followeeId: author.id },
        { followerId: author.id, followeeId: followee.id },
        { followerId: author.id, followeeId: hiddenFollowee.id },
        { followerId: author.id, followeeId: spammer.id },
      ],
    });
    await Promise.all([setSuspended(spammer, new Date()), setSuspended(hiddenFollowee, new Date())]);

    const profile = await getVisibleProfile(author.username, null);
    const followers = await listFollowers(author.id, null, null);
    const following = await listFollowing(author.id, null, null);
    expect({ followers: followers.items.length, following: following.items.length }).toEqual({ followers: 1, following: 1 });
    expect(profile?._count).toMatchObject({ followers: 1, following: 1 });

    await Promise.all([setSuspended(spammer, null), setSuspended(hiddenFollowee, null)]);
    expect((await getVisibleProfile(author.username, null))?._count).toMatchObject({ followers: 2, following: 3 });
  });

  it("equal the lengths of its lists after a follower and a followee delete their accounts", async () => {
    const [followee, leaving] = await Promise.all([createUser(), createUser()]);
    await db.follow.createMany({
      data: [
        { followerId: fan.id, followeeId: author.id },
        { followerId: leaving.id, followeeId: author.id },
        { followerId: author.id, followeeId: followee.id },
        { followerId: author.id, followeeId: leaving.id },
      ],
    });
    await setSuspended(spammer, new Date());
    await db.user.delete({ where: { id: leaving.id } });

    const profile = await getVisibleProfile(author.username, null);
    const followers = await listFollowers(author.id, null, null);
    const following = await listFollowing(author.id, null, null);
    expect(profile?._count).toMatchObject({ followers: followers.items.length, following: following.items.length });
    expect(profile?._count).toMatchObject({ followers: 1, following: 1 });
  });
});

describe("a post's likers", () => {
  it("leave out suspended and deleted accounts, as the count does, newest first across pages", async () => {
    const post = await createPost(author.id);
    const likers = await Promise.all(Array.from({ length: 23 }, () => createUser()));
    const base = Date.UTC(2026, 0, 1);
    await db.like.createMany({
      data: likers.map((liker, index) => ({ userId: liker.id, postId: post.id, createdAt: new Date(base + Math.floor(index / 2) * 1000) })),
    });
    await setSuspended(likers[22]!, new Date());
    await db.user.delete({ where: { id: likers[21]!.id } });

    const first = await listLikers(post.id, null, null);
    expect(first.items).toHaveLength(20);
    const second = await listLikers(post.id, first.nextCursor, null);
    expect(second).toMatchObject({ items: [expect.anything()], nextCursor: null });
    const listed = [...first.items, ...second.items].map((user) => user.id);
    // Newest first; two likes in the same millisecond by the larger id first, as the cursor cuts them.
    const expected = likers
      .slice(0, 21)
      .map((liker, index) => ({ id: liker.id, at: Math.floor(index / 2) }))
      .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
      .map((liker) => liker.id);
    expect(listed).toEqual(expected);
    expect((await getPost(post.id, null))?.likeCount).toBe(21);
  });
});
