import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { createPost, createUser } from "@/test/factories";
import { form, signInAs } from "@/test/next/session";
import { addComment, deleteComment } from "./actions";
import { loadMoreComments } from "./load-more";
import { getThreadRoot, listCommentTree } from "./tree";
import { type CommentNode, REPLIES_SHOWN } from "./tree-shape";

type User = Awaited<ReturnType<typeof createUser>>;

const base = Date.UTC(2026, 0, 1);
let clock = 0;

/** A comment written straight to the database, each a second after the last. */
async function comment(postId: string, author: User, text: string, parentId: string | null = null) {
  return db.comment.create({ data: { postId, authorId: author.id, text, parentId, createdAt: new Date(base + ++clock * 1000) } });
}

/** The tree as "text" and "  text" lines, indented by depth: what a reader sees. */
function outline(nodes: CommentNode[], parentId: string | null = null): string[] {
  return nodes
    .filter((node) => node.parentId === parentId)
    .flatMap((node) => [
      `${"  ".repeat(node.depth - 1)}${node.state === "shown" ? node.text : `[${node.state}]`}${node.moreReplies ? " +" : ""}${node.depth === 3 && node.hasReplies ? " …" : ""}`,
      ...outline(nodes, node.id),
    ]);
}

describe("a post's conversation as a tree", () => {
  it("shows replies under their parents, oldest first, three levels deep, marking longer and deeper branches", async () => {
    const [ada, bruno] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(ada.id);
    const first = await comment(post.id, ada, "first");
    const second = await comment(post.id, bruno, "second");
    const a = await comment(post.id, bruno, "a", first.id);
    for (const text of ["b", "c", "d"]) await comment(post.id, ada, text, first.id);
    const a1 = await comment(post.id, ada, "a1", a.id);
    const a1x = await comment(post.id, bruno, "a1x", a1.id);
    await comment(post.id, ada, "a1x-deeper", a1x.id);
    await comment(post.id, bruno, "only reply", second.id);

    const tree = await listCommentTree(post.id, null);
    expect(outline(tree.nodes)).toEqual(["first +", "  a", "    a1 …", "  b", "  c", "second", "  only reply"]);
    expect(tree.nextCursor).toBeNull();

    // The page rooted at a1 (its permalink, or "Continue this thread").
    const root = await getThreadRoot(post.id, a1.id);
    expect(root).toMatchObject({ text: "a1", depth: 0, parentId: a.id });
    expect(outline((await listCommentTree(post.id, a1.id)).nodes, a1.id)).toEqual(["a1x", "  a1x-deeper"]);
    // Its replies' page, all of them: "More replies" of "first".
    expect(outline((await listCommentTree(post.id, first.id)).nodes, first.id)).toEqual(["a", "  a1", "    a1x …", "b", "c", "d"]);
    // Not under another post.
    expect(await getThreadRoot((await createPost(ada.id)).id, a1.id)).toBeNull();
  });

  it("pages top-level comments and long branches by keyset, with and without JavaScript", async () => {
    const ada = await createUser();
    const post = await createPost(ada.id);
    const top = await comment(post.id, ada, "top");
    for (let index = 1; index <= PAGE_SIZE + 2; index++) await comment(post.id, ada, `reply ${index}`, top.id);
    for (let index = 1; index <= PAGE_SIZE; index++) await comment(post.id, ada, `later ${index}`);

    const first = await listCommentTree(post.id, null);
    expect(first.nodes.filter((node) => node.depth === 1)).toHaveLength(PAGE_SIZE);
    expect(first.nodes.filter((node) => node.depth === 2)).toHaveLength(REPLIES_SHOWN);
    const loaded = await loadMoreComments(post.id, null, first.nextCursor!);
    expect(loaded.nodes.map((node) => node.text)).toEqual(["later 20"]);
    const followed = await listCommentTree(post.id, null, first.nextCursor);
    expect(followed.nodes.filter((node) => node.depth === 1).map((node) => node.text).slice(-2)).toEqual(["later 19", "later 20"]);

    const branch = await listCommentTree(post.id, top.id);
    expect(branch.nodes.map((node) => node.text)).toEqual(Array.from({ length: PAGE_SIZE }, (_, index) => `reply ${index + 1}`));
    expect((await loadMoreComments(post.id, top.id, branch.nextCursor!)).nodes.map((node) => node.text)).toEqual(["reply 21", "reply 22"]);
  });

  it("names what a branch leaves out when it is all the viewer's own, which a page that sent it shows", async () => {
    const [ada, bruno] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(ada.id);
    const top = await comment(post.id, ada, "top");
    for (const text of ["a", "b", "c"]) await comment(post.id, ada, text, top.id);
    const mine = await comment(post.id, bruno, "mine", top.id);
    for (let index = 1; index < PAGE_SIZE; index++) await comment(post.id, ada, `later ${index}`);
    const newest = await comment(post.id, bruno, "newest");

    const forBruno = await listCommentTree(post.id, null, null, bruno.id);
    expect(forBruno.nodes.find((node) => node.id === top.id)?.moreReplies).toEqual([mine.id]);
    expect(forBruno).toMatchObject({ laterLeftOut: [newest.id], nextCursor: expect.any(String) });
    // To anyone else they are comments not yet seen.
    const forAda = await listCommentTree(post.id, null, null, ada.id);
    expect(forAda.nodes.find((node) => node.id === top.id)?.moreReplies).toBe(true);
    expect(forAda.laterLeftOut).toBe(true);

    // Someone else's after Bruno's: more than his own is left out.
    await comment(post.id, ada, "after mine", top.id);
    await comment(post.id, ada, "after newest");
    const later = await listCommentTree(post.id, null, null, bruno.id);
    expect(later.nodes.find((node) => node.id === top.id)?.moreReplies).toBe(true);
    expect(later.laterLeftOut).toBe(true);
  });

  it("keeps a deleted comment with replies as a placeholder, removes one without, and counts only what it shows", async () => {
    const [ada, bruno] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(ada.id);
    const parent = await comment(post.id, bruno, "parent");
    const child = await comment(post.id, ada, "child", parent.id);
    const lonely = await comment(post.id, bruno, "lonely");

    await signInAs(bruno.id);
    expect(await deleteComment(null, form({ commentId: parent.id }))).toEqual({ ok: true, message: "Comment deleted." });
    expect(await deleteComment(null, form({ commentId: lonely.id }))).toEqual({ ok: true, message: "Comment deleted." });
    expect(outline((await listCommentTree(post.id, null)).nodes)).toEqual(["[deleted]", "  child"]);
    expect(await db.comment.findUnique({ where: { id: parent.id } })).toMatchObject({ text: "" });
    expect(await db.comment.count({ where: { id: lonely.id } })).toBe(0);
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id }, select: { hiddenCommentCount: true } })).toEqual({ hiddenCommentCount: 1 });
    // Nobody replies to the placeholder, and it cannot be deleted again.
    expect(await addComment(null, form({ postId: post.id, parentId: parent.id, text: "Hello?" }))).toMatchObject({ ok: false });
    expect(await deleteComment(null, form({ commentId: parent.id }))).toMatchObject({ ok: false });

    // The last reply gone, the placeholder goes too.
    await signInAs(ada.id);
    expect(await deleteComment(null, form({ commentId: child.id }))).toMatchObject({ ok: true });
    expect(await db.comment.count({ where: { postId: post.id } })).toBe(0);
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id }, select: { hiddenCommentCount: true } })).toEqual({ hiddenCommentCount: 0 });
  });

  it("shows a suspended account's comment with replies as a placeholder and hides it without", async () => {
    const [ada, spammer] = await Promise.all([createUser(), createUser()]);
    const post = await createPost(ada.id);
    const answered = await comment(post.id, spammer, "answered");
    await comment(post.id, ada, "answer", answered.id);
    await comment(post.id, spammer, "alone");
    await db.user.update({ where: { id: spammer.id }, data: { suspendedAt: new Date() } });
    expect(outline((await listCommentTree(post.id, null)).nodes)).toEqual(["[hidden]", "  answer"]);
    await signInAs(ada.id);
    expect(await addComment(null, form({ postId: post.id, parentId: answered.id, text: "Hi" }))).toMatchObject({ ok: false });
  });
});

describe("replying", () => {
  it("adds a reply under its parent, and refuses a parent of another post", async () => {
    const [ada, bruno] = await Promise.all([createUser(), createUser()]);
    const [post, other] = await Promise.all([createPost(ada.id), createPost(ada.id)]);
    const parent = await comment(post.id, ada, "Question?");
    await signInAs(bruno.id);
    expect(await addComment(null, form({ postId: post.id, parentId: parent.id, text: "Answer." }))).toMatchObject({
      ok: true,
      message: "Reply added.",
      comment: { text: "Answer.", parentId: parent.id },
    });
    expect(await addComment(null, form({ postId: other.id, parentId: parent.id, text: "Elsewhere" }))).toEqual({
      ok: false,
      message: "This comment was deleted or is no longer available, so it cannot be replied to.",
      values: { text: "Elsewhere" },
    });
    // The database itself refuses a reply whose parent is under another post.
    await expect(db.comment.create({ data: { postId: other.id, parentId: parent.id, authorId: ada.id, text: "x" } })).rejects.toThrow();
    expect(await db.comment.count({ where: { authorId: bruno.id } })).toBe(1);
  });

  it("removes the whole conversation with its post", async () => {
    const ada = await createUser();
    const post = await createPost(ada.id);
    const top = await comment(post.id, ada, "top");
    await comment(post.id, ada, "reply", (await comment(post.id, ada, "mid", top.id)).id);
    await db.post.delete({ where: { id: post.id } });
    expect(await db.comment.count({ where: { postId: post.id } })).toBe(0);
  });
});
