import { beforeAll, describe, expect, it } from "vitest";
import { db, onStatement } from "@/lib/db";
import { createPost, createUser } from "@/test/factories";
import { deleteComment } from "./service";
import { getThreadRoot, listCommentBranch, listCommentTree } from "./tree";

// A thread page costs the same number of SQL statements whether its comments
// have no replies or many, however deep: no query per comment or per branch.

let statements = 0;

async function statementsFor(work: () => Promise<unknown>): Promise<number> {
  statements = 0;
  await work();
  return statements;
}

/**
 * When the next batch of replies starts. Each batch comes after the last one: from the wall clock, a
 * batch that took under its own length in milliseconds to insert overlapped the next, whose replies
 * then sorted among its own, and which comment a page left out first varied (CI, session 38).
 */
let nextReplyAt = Date.now();

/** `count` replies under each of `parentIds`, each a millisecond apart, after every earlier batch. */
async function replies(postId: string, authorId: string, parentIds: (string | null)[], count: number): Promise<string[]> {
  const start = nextReplyAt;
  nextReplyAt += parentIds.length * count + 1;
  const data = parentIds.flatMap((parentId, index) =>
    Array.from({ length: count }, (_, position) => ({ postId, authorId, parentId, text: "Hi", createdAt: new Date(start + index * count + position) })),
  );
  const created = await db.comment.createManyAndReturn({ data, select: { id: true } });
  return created.map((comment) => comment.id);
}

describe("thread queries", () => {
  beforeAll(() => {
    onStatement(() => void statements++);
  });

  it("use a constant number of statements per page, however long, busy and deep the conversation", async () => {
    const user = await createUser();
    const post = await createPost(user.id);
    await replies(post.id, user.id, [null], 1);
    const small = {
      post: await statementsFor(() => listCommentTree(post.id, null)),
      more: await statementsFor(() => listCommentBranch(post.id, null, null)),
    };

    const busy = await createPost(user.id);
    const top = await replies(busy.id, user.id, [null], 25);
    const second = await replies(busy.id, user.id, top, 5);
    const third = await replies(busy.id, user.id, second, 5);
    await replies(busy.id, user.id, third.slice(0, 50), 2);
    const full = {
      post: await statementsFor(() => listCommentTree(busy.id, null)),
      more: await statementsFor(() => listCommentBranch(busy.id, null, null)),
    };
    const { nextCursor } = await listCommentTree(busy.id, null);

    // The first level, two levels of replies below it, authors and "has replies": one statement.
    expect(full).toEqual({ post: 1, more: 1 });
    expect(small).toEqual(full);
    // A later page without JavaScript also finds the comments kept above it: one more.
    expect(await statementsFor(() => listCommentTree(busy.id, null, nextCursor))).toBe(2);
    // Where the first comment left out is the viewer's own, whether all left out is theirs: one more, for every branch at once.
    const viewer = await createUser();
    const answered = await createPost(user.id);
    const questions = await replies(answered.id, user.id, [null], 2);
    const answers = await replies(answered.id, user.id, questions, 3);
    await replies(answered.id, viewer.id, [...questions, answers[0]!], 1);
    expect(await statementsFor(() => listCommentTree(answered.id, null, null, viewer.id))).toBe(2);
    expect(await statementsFor(() => listCommentTree(answered.id, null, null, user.id))).toBe(1);
  });

  it("ask the moderation log once more only for a viewer who has placeholders of their own on the page", async () => {
    const [author, admin, reader] = await Promise.all([createUser(), createUser({ role: "ADMIN" }), createUser()]);
    const post = await createPost(reader.id);
    const own = await replies(post.id, author.id, [null], 3);
    await replies(post.id, reader.id, own, 1);
    for (const commentId of own) expect(await deleteComment(admin, { commentId })).toMatchObject({ ok: true });

    // Three placeholders of the author's own: one more statement for all of them, on the post's page and the thread's.
    expect(await statementsFor(() => listCommentTree(post.id, null, null, author.id))).toBe(2);
    expect(await statementsFor(() => listCommentBranch(post.id, null, null, author.id))).toBe(2);
    expect(await statementsFor(() => getThreadRoot(post.id, own[0]!, author.id))).toBe(2);
    // Someone else's placeholders, or none: the page's one statement.
    expect(await statementsFor(() => listCommentTree(post.id, null, null, reader.id))).toBe(1);
    expect(await statementsFor(() => listCommentTree(post.id, null, null, null))).toBe(1);
    expect(await statementsFor(() => getThreadRoot(post.id, own[0]!, reader.id))).toBe(1);
  });
});
