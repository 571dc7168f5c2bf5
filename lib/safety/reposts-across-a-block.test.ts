import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { writePostMark } from "@/lib/posts/likes";
import { getPost, listUserPosts } from "@/lib/posts/queries";
import { POST_GONE } from "@/lib/posts/schema";
import { setRepost } from "@/lib/reposts/actions";
import { setBlock } from "@/lib/safety/actions";
import { createPost, createUser } from "@/test/factories";
import { form, signInAs } from "@/test/next/session";
import { whileOpen } from "@/test/while-open";

// A block between two accounts takes their reposts of each other's posts with it, as it takes their
// likes and follows: neither sees the other's profile, where a repost is shown, so no repost count
// may count them either, for them or for anyone else ("1 repost" that no one can find). Bookmarks
// are no one else's to see, and stay.

type User = Awaited<ReturnType<typeof createUser>>;

/**
 * A post's repost count on its card as `viewer` sees it, and who among `people` is shown to
 * `viewer` as having reposted it: the post on their profile with its "reposted" line.
 */
async function repostsAsShown(postId: string, viewer: User, people: User[]) {
  const post = await getPost(postId, viewer.id);
  const shown = await Promise.all(
    people.map(async (person) => (await listUserPosts(person.id, viewer.id)).items.some((card) => card.id === postId && card.reposted !== null)),
  );
  return { count: post?.repostCount, reposters: people.filter((_, index) => shown[index]).map((person) => person.username).sort() };
}

/** The repost notification groups kept for `recipientId`, as stored (what the bell counts from). */
function repostGroups(recipientId: string) {
  return db.notificationGroup.findMany({ where: { recipientId, kind: "REPOST" }, select: { postId: true, actorCount: true } });
}

describe("reposts between two accounts when one blocks the other", () => {
  it.each(["blocks", "is blocked by"])("are gone when the author %s the reposter: each card's count is who is shown reposting it, for everyone", async (how) => {
    const [author, reposter, reader] = await Promise.all([createUser(), createUser(), createUser()]);
    const [authorsPost, repostersPost] = await Promise.all([createPost(author.id), createPost(reposter.id)]);
    // Each of the two reposts and bookmarks the other's post; the reader reposts both.
    const marks = [[reposter, authorsPost], [reader, authorsPost], [author, repostersPost], [reader, repostersPost]] as const;
    await db.repost.createMany({ data: marks.map(([user, post]) => ({ userId: user.id, postId: post.id })) });
    const between = [{ userId: reposter.id, postId: authorsPost.id }, { userId: author.id, postId: repostersPost.id }];
    await db.bookmark.createMany({ data: between });
    const [blocker, blocked] = how === "blocks" ? [author, reposter] : [reposter, author];
    await signInAs(blocker.id);
    expect(await setBlock(null, form({ userId: blocked.id, block: "true" }))).toMatchObject({ ok: true });

    const people = [author, reposter, reader];
    const onlyTheReader = { count: 1, reposters: [reader.username] };
    expect(await repostsAsShown(authorsPost.id, author, people)).toEqual(onlyTheReader);
    expect(await repostsAsShown(authorsPost.id, reader, people)).toEqual(onlyTheReader);
    expect(await repostsAsShown(repostersPost.id, reposter, people)).toEqual(onlyTheReader);
    expect(await repostsAsShown(repostersPost.id, reader, people)).toEqual(onlyTheReader);
    expect(await db.repost.count({ where: { OR: between } })).toBe(0);
    // Their notifications are as if each had taken the repost back: the reader's alone is left.
    expect(await repostGroups(author.id)).toEqual([{ postId: authorsPost.id, actorCount: 1 }]);
    expect(await repostGroups(reposter.id)).toEqual([{ postId: repostersPost.id, actorCount: 1 }]);
    expect(await db.bookmark.count({ where: { OR: between } })).toBe(2);

    // Lifting the block brings no repost back, as it brings back no like or follow.
    expect(await setBlock(null, form({ userId: blocked.id, block: "false" }))).toMatchObject({ ok: true });
    expect(await repostsAsShown(authorsPost.id, author, people)).toEqual(onlyTheReader);
    expect(await repostsAsShown(repostersPost.id, reposter, people)).toEqual(onlyTheReader);
  });
});

describe("a repost and a block written at the same time", () => {
  it("leave no repost when the repost is still being written as the block comes: the block waits for it, then takes it", async () => {
    const [author, reposter] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(author.id);
    await signInAs(author.id);
    const { waited, answer } = await whileOpen(
      async (tx) => expect(await writePostMark(tx, "reposts", reposter.id, post.id, true)).toBe(true),
      () => setBlock(null, form({ userId: reposter.id, block: "true" })),
    );
    expect(answer).toMatchObject({ ok: true });
    expect({ waited, reposts: await db.repost.count({ where: { postId: post.id } }) }).toEqual({ waited: true, reposts: 0 });
    expect((await getPost(post.id, null))?.repostCount).toBe(0);
    expect(await repostGroups(author.id)).toEqual([]);
  });

  it("refuse the repost that comes while the block is being written: it waits for the block, then sees it", async () => {
    const [author, reposter] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(author.id);
    await signInAs(reposter.id);
    const { waited, answer } = await whileOpen(
      async (tx) => void (await tx.block.create({ data: { blockerId: author.id, blockedId: reposter.id } })),
      () => setRepost(null, form({ postId: post.id, repost: "true" })),
    );
    expect(answer).toEqual({ ok: false, message: POST_GONE });
    expect({ waited, reposts: await db.repost.count({ where: { postId: post.id } }) }).toEqual({ waited: true, reposts: 0 });
  });
});
