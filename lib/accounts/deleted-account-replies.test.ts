import { describe, expect, it } from "vitest";
import { listCommentTree } from "@/lib/comments/tree";
import { db } from "@/lib/db";
import { getPost } from "@/lib/posts/queries";
import { createComment, createPost, createUser, TEST_PASSWORD } from "@/test/factories";
import { RedirectError } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { deleteAccount } from "./actions";

// Deleting an account once took every reply others had written under its comments with it. Its
// comments with replies now stay as "This comment was deleted", as deleting one comment leaves it.

type User = Awaited<ReturnType<typeof createUser>>;

async function deleteAccountOf(user: User) {
  await signInAs(user.id);
  await expect(deleteAccount(null, form({ password: TEST_PASSWORD }))).rejects.toEqual(new RedirectError("/?farewell=1"));
}

/** The thread under a post as a reader sees it: each comment's text and state, by depth. */
async function threadOf(postId: string) {
  const { nodes } = await listCommentTree(postId, null);
  return nodes.map((node) => ({ depth: node.depth, state: node.state, text: node.text, author: node.author?.username ?? null }));
}

describe("deleting an account", () => {
  it("keeps the replies others wrote under its comments, below a placeholder, and removes the rest of its comments", async () => {
    const [author, leaving, friend] = await Promise.all([createUser(), createUser(), createUser()]);
    const post = await createPost(author.id);
    const answered = await createComment(post.id, leaving.id, { text: "Who made this?" });
    const answer = await createComment(post.id, author.id, { text: "I did", parentId: answered.id });
    await createComment(post.id, friend.id, { text: "Looks great", parentId: answer.id });
    await createComment(post.id, leaving.id, { text: "Nobody answered me" });
    const ownChain = await createComment(post.id, leaving.id, { text: "Talking to myself" });
    await createComment(post.id, leaving.id, { text: "Still me", parentId: ownChain.id });

    await deleteAccountOf(leaving);

    expect(await threadOf(post.id)).toEqual([
      { depth: 1, state: "deleted", text: "", author: null },
      { depth: 2, state: "shown", text: "I did", author: author.username },
      { depth: 3, state: "shown", text: "Looks great", author: friend.username },
    ]);
    expect(await db.comment.findUnique({ where: { id: answered.id }, select: { text: true, authorId: true } })).toEqual({ text: "", authorId: null });
    expect((await getPost(post.id, null))?.commentCount).toBe(2);
  });

  it("removes a placeholder left with no replies once its replies by the account are gone", async () => {
    const [author, leaving, other] = await Promise.all([createUser(), createUser(), createUser()]);
    const post = await createPost(author.id);
    const othersComment = await createComment(post.id, other.id, { text: "Deleted later" });
    await createComment(post.id, leaving.id, { text: "The only reply", parentId: othersComment.id });
    await db.comment.update({ where: { id: othersComment.id }, data: { text: "", deletedAt: new Date() } });

    await deleteAccountOf(leaving);

    expect(await threadOf(post.id)).toEqual([]);
    expect(await db.comment.count({ where: { postId: post.id } })).toBe(0);
    expect((await getPost(post.id, null))?.commentCount).toBe(0);
  });

  it("takes its posts with every comment under them", async () => {
    const [leaving, friend] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(leaving.id);
    const own = await createComment(post.id, leaving.id);
    await createComment(post.id, friend.id, { parentId: own.id });

    await deleteAccountOf(leaving);

    expect(await db.comment.count({ where: { postId: post.id } })).toBe(0);
  });

  it("is the only way a comment loses its author: a comment not deleted must have one", async () => {
    const [author, commenter] = await Promise.all([createUser(), createUser()]);
    const comment = await createComment((await createPost(author.id)).id, commenter.id);
    await expect(db.comment.update({ where: { id: comment.id }, data: { authorId: null } })).rejects.toThrow(/comments_kept_author_check/);
  });
});
