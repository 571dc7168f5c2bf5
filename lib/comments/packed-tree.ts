import { type PackedAuthor, authorAt, authorTable, withoutUsual } from "@/lib/wire/packing";
import type { CommentNode, CommentTreePage } from "./tree-shape";

/**
 * A page of a thread as the server hands it to the thread's client component
 * (components/comments/comment-thread.tsx): each author once, and each comment
 * without the fields that hold their usual value (lib/wire/packing.ts).
 */
export type PackedTreePage = Omit<CommentTreePage, "nodes"> & { authors: PackedAuthor[]; nodes: PackedNode[] };

const USUAL = { parentId: null, depth: 1, state: "shown", hasReplies: false, moreReplies: false, mentioned: [] } satisfies Partial<CommentNode>;

type UsualKey = keyof typeof USUAL;

/** A comment whose author, if shown, is a place in the page's `authors`, and whose usual fields may be left out. */
type PackedNode = Omit<CommentNode, "author" | UsualKey> & Partial<Pick<CommentNode, UsualKey>> & { author?: number };

export function packTree({ nodes, ...page }: CommentTreePage): PackedTreePage {
  const { authors, indexOf } = authorTable();
  const packed = nodes.map(({ author, ...node }) => withoutUsual<PackedNode>({ ...node, ...(author && { author: indexOf(author) }) }, USUAL));
  return { ...page, authors, nodes: packed };
}

export function unpackTree({ authors, nodes, ...page }: PackedTreePage): CommentTreePage {
  return {
    ...page,
    nodes: nodes.map(({ author, ...node }) => ({ ...USUAL, ...node, author: author === undefined ? null : authorAt(authors, author) })),
  };
}
