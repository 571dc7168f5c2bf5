import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setLike } from "@/lib/posts/actions";
import { listLikers } from "@/lib/posts/likers-and-reposters";
import { writeLike } from "@/lib/posts/likes";
import { getPost } from "@/lib/posts/queries";
import { POST_GONE } from "@/lib/posts/schema";
import { setBlock } from "@/lib/safety/actions";
import { createPost, createUser } from "@/test/factories";
import { form, signInAs } from "@/test/next/session";
import { whileOpen } from "@/test/while-open";

// A block between two accounts takes their likes of each other's posts with it, as it takes their
// follows: neither sees the other among a post's likers, so no like count may count them either,
// for them or for anyone else ("1 like" above "No one has liked this post yet").

type User = Awaited<ReturnType<typeof createUser>>;

/** A post's like count on its card and the likers its list shows, as `viewer` sees them. */
async function likesAsShown(postId: string, viewer: User) {
  const post = await getPost(postId, viewer.id);
  const likers = await listLikers(postId, null, viewer.id);
  return { count: post?.likeCount, likers: likers.items.map((liker) => liker.username).sort() };
}

describe("likes between two accounts when one blocks the other", () => {
  it.each(["blocks", "is blocked by"])("are gone when the author %s the liker: each card's count is its list, for everyone", async (how) => {
    const [author, liker, reader] = await Promise.all([createUser(), createUser(), createUser()]);
    const [authorsPost, likersPost] = await Promise.all([createPost(author.id), createPost(liker.id)]);
    // Each of the two likes the other's post; the reader likes both.
    const likes = [[liker, authorsPost], [reader, authorsPost], [author, likersPost], [reader, likersPost]] as const;
    await db.like.createMany({ data: likes.map(([user, post]) => ({ userId: user.id, postId: post.id })) });
    const [blocker, blocked] = how === "blocks" ? [author, liker] : [liker, author];
    await signInAs(blocker.id);
    expect(await setBlock(null, form({ userId: blocked.id, block: "true" }))).toMatchObject({ ok: true });

    const onlyTheReader = { count: 1, likers: [reader.username] };
    expect(await likesAsShown(authorsPost.id, author)).toEqual(onlyTheReader);
    expect(await likesAsShown(authorsPost.id, reader)).toEqual(onlyTheReader);
    expect(await likesAsShown(likersPost.id, liker)).toEqual(onlyTheReader);
    expect(await likesAsShown(likersPost.id, reader)).toEqual(onlyTheReader);
    expect(await db.like.count({ where: { OR: [{ userId: liker.id, postId: authorsPost.id }, { userId: author.id, postId: likersPost.id }] } })).toBe(0);

    // Lifting the block brings no like back, as it brings back no follow.
    expect(await setBlock(null, form({ userId: blocked.id, block: "false" }))).toMatchObject({ ok: true });
    expect(await likesAsShown(authorsPost.id, author)).toEqual(onlyTheReader);
  });
});

describe("a like and a block written at the same time", () => {
  it("leave no like when the like is still being written as the block comes: the block waits for it, then takes it", async () => {
    const [author, liker] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(author.id);
    await signInAs(author.id);
    const { waited, answer } = await whileOpen(
      async (tx) => expect(await writeLike(tx, liker.id, post.id, true)).toBe(true),
      () => setBlock(null, form({ userId: liker.id, block: "true" })),
    );
    expect(answer).toMatchObject({ ok: true });
    expect({ waited, likes: await db.like.count({ where: { postId: post.id } }) }).toEqual({ waited: true, likes: 0 });
    expect((await getPost(post.id, null))?.likeCount).toBe(0);
  });

  it("refuse the like that comes while the block is being written: it waits for the block, then sees it", async () => {
    const [author, liker] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(author.id);
    await signInAs(liker.id);
    const { waited, answer } = await whileOpen(
      async (tx) => void (await tx.block.create({ data: { blockerId: author.id, blockedId: liker.id } })),
      () => setLike(null, form({ postId: post.id, like: "true" })),
    );
    expect(answer).toEqual({ ok: false, message: POST_GONE });
    expect({ waited, likes: await db.like.count({ where: { postId: post.id } }) }).toEqual({ waited: true, likes: 0 });
  });
});
