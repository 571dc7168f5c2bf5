import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PAGE_SIZE, encodeCursor } from "@/lib/pagination/cursor";
import { createPost, createUser } from "@/test/factories";
import { form, signInAs } from "@/test/next/session";
import { addComment } from "./actions";
import { loadMoreComments } from "./load-more";
import { listCommentTree } from "./tree";
import { EARLIER_COMMENTS_KEPT } from "./tree-shape";

async function postWithComments(count: number) {
  const user = await createUser();
  const post = await createPost(user.id);
  const base = Date.UTC(2026, 0, 1);
  await db.comment.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      postId: post.id,
      authorId: user.id,
      text: `Comment ${index + 1}`,
      createdAt: new Date(base + index * 1000),
    })),
  });
  return { user, post };
}

const texts = (page: { nodes: { text: string }[] }) => page.nodes.map((comment) => comment.text);
const numbered = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => `Comment ${from + index}`);

describe("a post's comment thread", () => {
  it("adds the next page below the comments shown, with and without JavaScript", async () => {
    const { post } = await postWithComments(PAGE_SIZE + 2);
    const first = await listCommentTree(post.id, null);
    expect(texts(first)).toEqual(numbered(1, 20));
    expect(first.nextCursor).not.toBeNull();

    // Without JavaScript: the "More comments" link shows 1–22, not 21–22 alone, and lands on 21.
    const followed = await listCommentTree(post.id, null, first.nextCursor);
    expect(texts(followed)).toEqual(numbered(1, 22));
    expect(followed).toMatchObject({ nextCursor: null, earlierLeftOut: false });
    expect(followed.nodes.find((comment) => comment.id === followed.firstNewId)?.text).toBe("Comment 21");
    expect(first.firstNewId).toBeUndefined();

    // With JavaScript: the page after the cursor only, to add below.
    const loaded = await loadMoreComments(post.id, null, first.nextCursor!);
    expect(texts(loaded)).toEqual(numbered(21, 22));
    expect(loaded.nextCursor).toBeNull();
  });

  it("keeps at most a bounded number of earlier comments above a later page", async () => {
    const total = EARLIER_COMMENTS_KEPT + 2 * PAGE_SIZE + 5;
    const { post } = await postWithComments(total);
    const rows = await db.comment.findMany({ where: { postId: post.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    const cursorAt = (position: number) => encodeCursor(rows[position - 1]!);

    const deep = await listCommentTree(post.id, null, cursorAt(EARLIER_COMMENTS_KEPT + PAGE_SIZE));
    expect(deep.nodes).toHaveLength(EARLIER_COMMENTS_KEPT + PAGE_SIZE);
    expect(texts(deep)).toEqual(numbered(PAGE_SIZE + 1, EARLIER_COMMENTS_KEPT + 2 * PAGE_SIZE));
    expect(deep.earlierLeftOut).toBe(true);
    expect(deep.nodes.find((comment) => comment.id === deep.firstNewId)?.text).toBe(`Comment ${EARLIER_COMMENTS_KEPT + PAGE_SIZE + 1}`);
    expect(deep.nextCursor).toBe(cursorAt(EARLIER_COMMENTS_KEPT + 2 * PAGE_SIZE));
  });

  it("answers a forged cursor or post id with nothing to add, and hides a suspended author's post", async () => {
    const { user, post } = await postWithComments(PAGE_SIZE + 1);
    const { nextCursor } = await listCommentTree(post.id, null);
    expect(await loadMoreComments(post.id, null, "not-a-cursor")).toMatchObject({ nodes: [], nextCursor: null });
    expect(await loadMoreComments("../../etc", null, nextCursor!)).toMatchObject({ nodes: [], nextCursor: null });
    expect(await loadMoreComments(post.id, "../x", nextCursor!)).toMatchObject({ nodes: [], nextCursor: null });
    expect(texts(await loadMoreComments(post.id, null, nextCursor!))).toEqual(["Comment 21"]);

    await db.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });
    expect(await loadMoreComments(post.id, null, nextCursor!)).toMatchObject({ nodes: [], nextCursor: null });
  });

  it("answers a new comment with the comment itself, so the page can show it beyond the pages loaded", async () => {
    const { post } = await postWithComments(PAGE_SIZE + 2);
    const commenter = await createUser();
    await signInAs(commenter.id);
    const result = await addComment(null, form({ postId: post.id, text: "The newest one" }));
    expect(result).toMatchObject({
      ok: true,
      message: "Comment added.",
      comment: { text: "The newest one", author: { id: commenter.id, username: commenter.username } },
    });
    expect(texts(await listCommentTree(post.id, null))).not.toContain("The newest one");
    const stored = await db.comment.findFirstOrThrow({ where: { authorId: commenter.id } });
    expect(result.ok && result.comment.id).toBe(stored.id);
  });
});
