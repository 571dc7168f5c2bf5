import { commentRemovalsOf } from "@/lib/moderation/log-queries";
import type { CommentNode } from "./tree-shape";

/** A comment as a thread's statement read it: whether it is deleted, and who wrote it. */
type ReadComment = { id: string; deleted: boolean; author: { id: string } | null };

/**
 * `nodes` as `viewerId` sees them: their own placeholders that moderators removed are "removed",
 * which tells them so; everyone else's, and everyone else, keep "deleted". Whose comment a
 * placeholder was is in the rows the thread's statement `read` already, so this asks the
 * moderation log only when the viewer has a placeholder of their own among `nodes`: one read,
 * however many, and none on most pages, whose statement stays as the bench measures it.
 */
export async function withOwnRemovals(nodes: CommentNode[], read: ReadComment[], viewerId: string | null): Promise<CommentNode[]> {
  if (viewerId === null) return nodes;
  const placeholders = new Set(nodes.filter((node) => node.state === "deleted").map((node) => node.id));
  const own = read.filter((row) => row.deleted && row.author?.id === viewerId && placeholders.has(row.id)).map((row) => row.id);
  if (own.length === 0) return nodes;
  const removals = await commentRemovalsOf(viewerId, own);
  return nodes.map((node) => {
    const removal = removals.get(node.id);
    return removal && node.state === "deleted" ? { ...node, state: "removed", reportedAs: removal.reasons } : node;
  });
}
