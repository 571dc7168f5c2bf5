import { describe, expect, it } from "vitest";
import { setBookmark } from "@/lib/bookmarks/actions";
import { db } from "@/lib/db";
import { setLike } from "@/lib/posts/actions";
import { POST_GONE } from "@/lib/posts/schema";
import { setRepost } from "@/lib/reposts/actions";
import { createPost, createUser } from "@/test/factories";
import { form, signInAs } from "@/test/next/session";

// A bookmark one made before a block stays one's own to take back; a like or repost goes with the
// block, as a follow does (likes- and reposts-across-a-block.test.ts), and taking it back is
// answered as done.
// No new one can be made while the block lasts, either way round.

describe("a mark on a post after a block between the two accounts", () => {
  it.each(["the author blocked the reader", "the reader blocked the author"])("can be taken back, not made again, when %s", async (who) => {
    const [author, reader] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(author.id);
    const key = { userId: reader.id, postId: post.id };
    await Promise.all([db.like.create({ data: key }), db.repost.create({ data: key }), db.bookmark.create({ data: key })]);
    const [blocker, blocked] = who === "the author blocked the reader" ? [author, reader] : [reader, author];
    await db.block.create({ data: { blockerId: blocker.id, blockedId: blocked.id } });
    await signInAs(reader.id);

    expect(await setRepost(null, form({ postId: post.id, repost: "false" }))).toEqual({ ok: true, reposted: false, repostCount: 0 });
    expect(await setLike(null, form({ postId: post.id, like: "false" }))).toEqual({ ok: true, liked: false, likeCount: 0 });
    expect(await setBookmark(null, form({ postId: post.id, bookmark: "false" }))).toEqual({ ok: true, bookmarked: false });
    const marks = () => Promise.all([db.like.count({ where: key }), db.repost.count({ where: key }), db.bookmark.count({ where: key })]);
    expect(await marks()).toEqual([0, 0, 0]);

    expect(await setRepost(null, form({ postId: post.id, repost: "true" }))).toEqual({ ok: false, message: POST_GONE });
    expect(await setLike(null, form({ postId: post.id, like: "true" }))).toEqual({ ok: false, message: POST_GONE });
    expect(await setBookmark(null, form({ postId: post.id, bookmark: "true" }))).toEqual({ ok: false, message: POST_GONE });
    expect(await marks()).toEqual([0, 0, 0]);
  });
});
