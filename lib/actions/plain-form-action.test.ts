import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setBookmarkFromForm } from "@/lib/bookmarks/actions";
import { setLikeFromForm } from "@/lib/posts/actions";
import { setRepostFromForm } from "@/lib/reposts/actions";
import { createPost, createUser } from "@/test/factories";
import { RedirectError } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";

// The like, bookmark and repost forms without JavaScript: the action behind them is
// setLike's, setBookmark's and setRepost's (their access is in the authorization matrix);
// these twins only hand the form over and answer with the page.

describe("plain-form twins of one-button actions", () => {
  it("like, bookmark and repost for the signed-in reader", async () => {
    const [author, reader] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(author.id);
    await signInAs(reader.id);

    await expect(setLikeFromForm(form({ postId: post.id, like: "true" }))).resolves.toBeUndefined();
    await expect(setBookmarkFromForm(form({ postId: post.id, bookmark: "true" }))).resolves.toBeUndefined();
    await expect(setRepostFromForm(form({ postId: post.id, repost: "true" }))).resolves.toBeUndefined();

    expect(await db.like.count({ where: { postId: post.id, userId: reader.id } })).toBe(1);
    expect(await db.bookmark.count({ where: { postId: post.id, userId: reader.id } })).toBe(1);
    expect(await db.repost.count({ where: { postId: post.id, userId: reader.id } })).toBe(1);
  });

  it("send a visitor, or a reader whose session ended, to log in, and write nothing", async () => {
    const author = await createUser();
    const post = await createPost(author.id);

    await expect(setLikeFromForm(form({ postId: post.id, like: "true" }))).rejects.toThrow(RedirectError);
    await expect(setBookmarkFromForm(form({ postId: post.id, bookmark: "true" }))).rejects.toMatchObject({ url: "/login" });

    expect(await db.like.count({ where: { postId: post.id } })).toBe(0);
    expect(await db.bookmark.count({ where: { postId: post.id } })).toBe(0);
  });

  it("write nothing when the server refuses, and answer with the page", async () => {
    const reader = await createUser();
    await signInAs(reader.id);

    await expect(setLikeFromForm(form({ postId: "nosuchpost", like: "true" }))).resolves.toBeUndefined();
    expect(await db.like.count({ where: { userId: reader.id } })).toBe(0);
  });
});
