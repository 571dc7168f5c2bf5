import { describe, expect, it } from "vitest";
import { commentRemovalsOf } from "@/lib/moderation/log-queries";
import { resolveReports } from "@/lib/reports/service";
import { createComment, createPost, createReport, createUser } from "@/test/factories";
import { deleteComment } from "./service";
import { getThreadRoot, listCommentBranch, listCommentTree } from "./tree";
import type { CommentNode } from "./tree-shape";

// A comment with replies that moderators removed stays in its thread as a placeholder: its author
// is told moderators removed it, and what it was reported as; everyone else reads "deleted".

/** Ada and Chen comment on Bruno's post, Bruno answers them, and an admin moderates. */
async function conversation() {
  const [ada, bruno, chen, admin] = await Promise.all([createUser(), createUser(), createUser(), createUser({ role: "ADMIN" })]);
  const post = await createPost(bruno.id);
  /** A comment of `author`'s, kept as a placeholder by Bruno's reply once deleted. */
  const answered = async (author: { id: string }, text: string) => {
    const comment = await createComment(post.id, author.id, { text });
    await createComment(post.id, bruno.id, { text: `Reply to ${text}`, parentId: comment.id });
    return comment;
  };
  return { ada, bruno, chen, admin, post, answered };
}

/** Each placeholder among `nodes` by its id: its state, and what it was reported as where it says. */
const placeholders = (nodes: CommentNode[]) =>
  Object.fromEntries(nodes.filter((node) => node.state !== "shown").map((node) => [node.id, node.reportedAs ? [node.state, node.reportedAs] : [node.state]]));

describe("a placeholder moderators removed", () => {
  it("says so to its author alone, with the reports' reasons; their own deletion and others' removals stay 'deleted'", async () => {
    const { ada, bruno, chen, admin, post, answered } = await conversation();
    const rude = await answered(ada, "Rude words");
    await createReport(chen.id, { targetType: "COMMENT", targetId: rude.id, accountId: ada.id }, { reason: "HARASSMENT" });
    expect(await resolveReports(admin, { targetType: "COMMENT", targetId: rude.id, decision: "remove" })).toMatchObject({ ok: true });
    const regretted = await answered(ada, "Regretted");
    expect(await deleteComment(ada, { commentId: regretted.id })).toMatchObject({ ok: true });
    const chens = await answered(chen, "Spam link");
    expect(await deleteComment(admin, { commentId: chens.id })).toMatchObject({ ok: true });

    expect(placeholders((await listCommentTree(post.id, null, null, ada.id)).nodes)).toEqual({
      [rude.id]: ["removed", ["HARASSMENT"]],
      [regretted.id]: ["deleted"],
      [chens.id]: ["deleted"],
    });
    // "More comments" with JavaScript reads the same way.
    expect(placeholders((await listCommentBranch(post.id, null, null, ada.id)).nodes)[rude.id]).toEqual(["removed", ["HARASSMENT"]]);
    expect(placeholders((await listCommentTree(post.id, null, null, chen.id)).nodes)).toEqual({
      [rude.id]: ["deleted"],
      [regretted.id]: ["deleted"],
      [chens.id]: ["removed", []],
    });
    for (const reader of [bruno.id, admin.id, null]) {
      expect(Object.values(placeholders((await listCommentTree(post.id, null, null, reader)).nodes))).toEqual([["deleted"], ["deleted"], ["deleted"]]);
    }

    // The thread rooted at it (its permalink) says the same.
    expect(await getThreadRoot(post.id, rude.id, ada.id)).toMatchObject({ state: "removed", reportedAs: ["HARASSMENT"], text: "", author: null });
    expect(await getThreadRoot(post.id, rude.id, bruno.id)).toMatchObject({ state: "deleted", text: "", author: null });
    expect(await getThreadRoot(post.id, regretted.id, ada.id)).toMatchObject({ state: "deleted" });
  });

  it("is read from the moderation log for its author's own comments only", async () => {
    const { ada, chen, admin, answered } = await conversation();
    const [removed, kept] = await Promise.all([answered(ada, "Removed"), answered(ada, "Kept")]);
    expect(await deleteComment(admin, { commentId: removed.id })).toMatchObject({ ok: true });

    expect(await commentRemovalsOf(ada.id, [removed.id, kept.id])).toEqual(new Map([[removed.id, { reasons: [] }]]));
    expect(await commentRemovalsOf(chen.id, [removed.id])).toEqual(new Map());
    expect(await commentRemovalsOf(ada.id, [])).toEqual(new Map());
  });
});
