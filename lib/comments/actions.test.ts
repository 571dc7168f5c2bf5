import { describe, expect, it } from "vitest";
import { SIGNED_OUT_MESSAGE } from "@/lib/actions/authed";
import { db } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { RedirectError } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { addComment, deleteComment } from "./actions";
import { listCommentBranch, listCommentTree } from "./tree";

describe("addComment", () => {
  it("adds a comment, listed oldest first with its author", async () => {
    const [author, reader] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(author.id);
    await signInAs(reader.id);
    expect(await addComment(null, form({ postId: post.id, text: "  First!  " }))).toMatchObject({ ok: true, message: "Comment added." });
    expect(await addComment(null, form({ postId: post.id, text: "Second <script>" }))).toMatchObject({ ok: true });
    const { nodes } = await listCommentTree(post.id, null);
    expect(nodes.map((comment) => [comment.text, comment.author?.username])).toEqual([
      ["First!", reader.username],
      ["Second <script>", reader.username],
    ]);
  });

  it("refuses empty or too long text, deleted posts and anonymous visitors", async () => {
    const user = await createUser();
    const post = await createPost(user.id);
    expect(await addComment(null, form({ postId: post.id, text: "Hi" }))).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
    await signInAs(user.id);
    expect(await addComment(null, form({ postId: post.id, text: "   " }))).toMatchObject({
      fieldErrors: { text: ["Write something to comment."] },
    });
    expect(await addComment(null, form({ postId: post.id, text: "x".repeat(501) }))).toMatchObject({
      fieldErrors: { text: ["Keep it to 500 characters."] },
    });
    // 500 of the longest emoji people type (19 code units, 11 code points) fit, in the app and the database.
    expect(await addComment(null, form({ postId: post.id, text: "👨🏻‍👩🏻‍👧🏻‍👦🏻".repeat(500) }))).toMatchObject({ ok: true });
    await db.comment.deleteMany({ where: { authorId: user.id } });
    await db.post.delete({ where: { id: post.id } });
    expect(await addComment(null, form({ postId: post.id, text: "Hello?" }))).toEqual({
      ok: false,
      message: "This post was deleted or is no longer available, so it cannot be commented on.",
      values: { text: "Hello?" },
    });
    expect(await db.comment.count({ where: { authorId: user.id } })).toBe(0);
  });

  it("pages through long conversations without gaps", async () => {
    const user = await createUser();
    const post = await createPost(user.id);
    const base = Date.UTC(2026, 0, 1);
    await db.comment.createMany({
      data: Array.from({ length: 45 }, (_, index) => ({
        postId: post.id,
        authorId: user.id,
        text: `Comment ${index}`,
        createdAt: new Date(base + Math.floor(index / 3) * 1000),
      })),
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listCommentBranch>> = await listCommentBranch(post.id, null, cursor);
      seen.push(...page.nodes.map((comment) => comment.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(45);
  });
});

describe("deleteComment", () => {
  it("lets the comment's author and the post's author delete it, and nobody else", async () => {
    const [postAuthor, commenter, stranger] = await Promise.all([createUser(), createUser(), createUser()]);
    const post = await createPost(postAuthor.id);
    const first = await db.comment.create({ data: { postId: post.id, authorId: commenter.id, text: "One" } });
    const second = await db.comment.create({ data: { postId: post.id, authorId: commenter.id, text: "Two" } });

    expect(await deleteComment(null, form({ commentId: first.id }))).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
    await signInAs(stranger.id);
    expect(await deleteComment(null, form({ commentId: first.id }))).toEqual({
      ok: false,
      message: "This comment is gone or is not yours to delete.",
    });
    expect(await db.comment.count({ where: { postId: post.id } })).toBe(2);

    await signInAs(commenter.id);
    expect(await deleteComment(null, form({ commentId: first.id }))).toEqual({ ok: true, message: "Comment deleted." });
    await signInAs(postAuthor.id);
    expect(await deleteComment(null, form({ commentId: second.id }))).toEqual({ ok: true, message: "Comment deleted." });
    expect(await db.comment.count({ where: { postId: post.id } })).toBe(0);
  });

  it("leads from a comment's own page to the post's comments, which say it was deleted", async () => {
    const commenter = await createUser();
    const post = await createPost(commenter.id);
    const comment = await db.comment.create({ data: { postId: post.id, authorId: commenter.id, text: "Soon gone" } });
    await signInAs(commenter.id);
    await expect(deleteComment(null, form({ commentId: comment.id, redirectTo: "post" }))).rejects.toEqual(
      new RedirectError(`/p/${post.id}?comment=deleted`),
    );
  });

  it("says an admin removed someone else's comment, also on the post's page it leads to", async () => {
    const [author, commenter, admin] = await Promise.all([createUser(), createUser(), createUser({ role: "ADMIN" })]);
    const post = await createPost(author.id);
    const inPlace = await db.comment.create({ data: { postId: post.id, authorId: commenter.id, text: "Rude" } });
    const fromItsPage = await db.comment.create({ data: { postId: post.id, authorId: commenter.id, text: "Ruder" } });
    const own = await db.comment.create({ data: { postId: post.id, authorId: admin.id, text: "Mine" } });
    await signInAs(admin.id);
    expect(await deleteComment(null, form({ commentId: inPlace.id }))).toEqual({ ok: true, message: "Comment removed." });
    await expect(deleteComment(null, form({ commentId: fromItsPage.id, redirectTo: "post" }))).rejects.toEqual(
      new RedirectError(`/p/${post.id}?comment=removed`),
    );
    expect(await deleteComment(null, form({ commentId: own.id }))).toEqual({ ok: true, message: "Comment deleted." });
  });
});
