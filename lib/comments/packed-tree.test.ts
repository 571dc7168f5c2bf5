import { describe, expect, it } from "vitest";
import { packTree, unpackTree } from "./packed-tree";
import { THREAD_DEPTH, type CommentNode, type CommentTreePage } from "./tree-shape";

const ada = { id: "ada-id", username: "ada", displayName: "Ada", avatarKey: "avatars/ada.webp", role: "ADMIN" as const };
const bo = { id: "bo-id", username: "bo", displayName: "Bo", avatarKey: null, role: "USER" as const };

function node(id: string, overrides: Partial<CommentNode> = {}): CommentNode {
  return { id, parentId: null, createdAt: new Date("2026-12-01T10:00:00Z"), depth: 1, state: "shown", text: `Comment ${id}`, author: bo, hasReplies: false, moreReplies: false, mentioned: [], ...overrides };
}

describe("a packed page of a thread", () => {
  it("unpacks to the page it packed, with each author once and placeholders without one", () => {
    const page: CommentTreePage = {
      nodes: [
        node("a", { author: ada, hasReplies: true, mentioned: ["bo"] }),
        node("b", { parentId: "a", depth: 2 }),
        node("c", { state: "deleted", text: "", author: null, hasReplies: true }),
        node("d", { parentId: "c", depth: 2, moreReplies: true }),
        node("e", { parentId: "c", depth: 2, moreReplies: ["mine"] }),
        node("f", { state: "removed", reportedAs: ["SPAM"], text: "", author: null, hasReplies: true }),
        node("g", { parentId: "f", depth: 2 }),
      ],
      nextCursor: "next",
      laterLeftOut: ["mine"],
      earlierLeftOut: true,
    };

    const packed = packTree(page, "bo-id");

    // Only the viewer's own id is sent: the client compares ids with the viewer's alone.
    expect(packed.authors).toEqual([["", "ada", "Ada", "avatars/ada.webp", "ADMIN"], ["bo-id", "bo", "Bo"]]);
    // A reply names its parent by its place on the page, and its depth goes without saying.
    expect(packed.nodes[1]).toEqual(["b", "Comment b", Date.parse("2026-12-01T10:00:00Z"), 1, { parent: 0 }]);
    expect(packed.nodes[2]).toEqual(["c", "", Date.parse("2026-12-01T10:00:00Z"), null, { state: "deleted" }]);
    // The viewer's own placeholder that moderators removed says so, and what it was reported as.
    expect(packed.nodes[5]).toEqual(["f", "", Date.parse("2026-12-01T10:00:00Z"), null, { state: "removed", reportedAs: ["SPAM"] }]);
    const [first, ...others] = page.nodes;
    // Above THREAD_DEPTH a comment's replies are on the page: whether it has any is not sent.
    const unpacked = [{ ...first!, author: { ...ada, id: "" } }, ...others].map((comment) => ({ ...comment, hasReplies: false }));
    expect(unpackTree(packed)).toEqual({ ...page, nodes: unpacked });
  });

  it("says whether a comment has replies at THREAD_DEPTH, where the thread links to them", () => {
    const page: CommentTreePage = {
      nodes: [node("a", { hasReplies: true }), node("b", { parentId: "a", depth: 2, hasReplies: true }), node("c", { parentId: "b", depth: THREAD_DEPTH, hasReplies: true })],
      nextCursor: null,
      laterLeftOut: false,
      earlierLeftOut: false,
    };

    expect(unpackTree(packTree(page, null)).nodes.map((comment) => comment.hasReplies)).toEqual([false, false, true]);
  });

  it("keeps the parent's id and the depth of a reply whose parent is not on the page (a thread rooted at a comment)", () => {
    const page: CommentTreePage = {
      nodes: [node("r1", { parentId: "root", depth: 1 }), node("r2", { parentId: "r1", depth: 2 }), node("r3", { parentId: "r2", depth: 3 })],
      nextCursor: null,
      laterLeftOut: false,
      earlierLeftOut: false,
    };

    const packed = packTree(page, "bo-id");

    expect(packed.nodes.map((row) => row[4])).toEqual([{ parentId: "root" }, { parent: 0 }, { parent: 1 }]);
    expect(unpackTree(packed)).toEqual(page);
  });
});
