import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setCardStateFromForm } from "@/lib/posts/card-form";
import { createPost, createUser } from "@/test/factories";
import { RedirectError } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";

// A card's like, bookmark and repost form without JavaScript: the action behind each button is
// setLike's, setBookmark's or setRepost's (their access is in the authorization matrix);
// the form's action only hands the form to the one its pressed button names, and answers with the page.

describe("the card's plain form for likes, bookmarks and reposts", () => {
  it("like, bookmark and repost for the signed-in reader", async () => {
    const [author, reader] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(author.id);
    await signInAs(reader.id);

    await expect(setCardStateFromForm(form({ postId: post.id, like: "true" }))).resolves.toBeUndefined();
    await expect(setCardStateFromForm(form({ postId: post.id, bookmark: "true" }))).resolves.toBeUndefined();
    await expect(setCardStateFromForm(form({ postId: post.id, repost: "true" }))).resolves.toBeUndefined();

    expect(await db.like.count({ where: { postId: post.id, userId: reader.id } })).toBe(1);
    expect(await db.bookmark.count({ where: { postId: post.id, userId: reader.id } })).toBe(1);
    expect(await db.repost.count({ where: { postId: post.id, userId: reader.id } })).toBe(1);
  });

  it("send a visitor, or a reader whose session ended, to log in, and write nothing", async () => {
    const author = await createUser();
    const post = await createPost(author.id);

    await expect(setCardStateFromForm(form({ postId: post.id, like: "true" }))).rejects.toThrow(RedirectError);
    await expect(setCardStateFromForm(form({ postId: post.id, bookmark: "true" }))).rejects.toMatchObject({ url: "/login" });

    expect(await db.like.count({ where: { postId: post.id } })).toBe(0);
    expect(await db.bookmark.count({ where: { postId: post.id } })).toBe(0);
  });

  it("write nothing when the server refuses, and answer with the page", async () => {
    const reader = await createUser();
    await signInAs(reader.id);

    await expect(setCardStateFromForm(form({ postId: "nosuchpost", like: "true" }))).resolves.toBeUndefined();
    expect(await db.like.count({ where: { userId: reader.id } })).toBe(0);
  });

  it("sets only what the pressed button names, and nothing when it names nothing", async () => {
    const [author, reader] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(author.id);
    await signInAs(reader.id);

    await expect(setCardStateFromForm(form({ postId: post.id, bookmark: "true" }))).resolves.toBeUndefined();
    await expect(setCardStateFromForm(form({ postId: post.id }))).resolves.toBeUndefined();

    expect(await db.bookmark.count({ where: { postId: post.id, userId: reader.id } })).toBe(1);
    expect(await db.like.count({ where: { postId: post.id } })).toBe(0);
    expect(await db.repost.count({ where: { postId: post.id } })).toBe(0);
  });
});
