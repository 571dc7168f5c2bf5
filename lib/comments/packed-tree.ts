import { type PackedAuthor, authorAt, authorTable, unusualFields } from "@/lib/wire/packing";
import type { CommentNode, CommentTreePage } from "./tree-shape";

/**
 * A page of a thread as the server hands it to the thread's client component
 * (components/comments/comment-thread.tsx), packed as lib/wire/packing.ts says.
 */
export type PackedTreePage = Omit<CommentTreePage, "nodes"> & { authors: PackedAuthor[]; nodes: PackedNode[] };

/**
 * A comment: its id, text, time (milliseconds since 1970) and author (a place
 * in the page's `authors`, or null for a placeholder), then its other fields
 * that do not hold the usual value (USUAL), if any.
 */
type PackedNode =
  | [id: string, text: string, createdAt: number, author: number | null]
  | [id: string, text: string, createdAt: number, author: number | null, unusual: Partial<OtherFields>];

type OtherFields = Omit<CommentNode, "id" | "text" | "createdAt" | "author">;

const USUAL = { parentId: null, depth: 1, state: "shown", hasReplies: false, moreReplies: false, mentioned: [] } satisfies OtherFields;

/** The page for `viewerId`, whose id alone its authors keep (lib/wire/packing.ts, PackedAuthor). */
export function packTree({ nodes, ...page }: CommentTreePage, viewerId: string | null): PackedTreePage {
  const { authors, placeOf } = authorTable(viewerId);
  const packed = nodes.map(({ id, text, createdAt, author, ...others }): PackedNode => {
    const unusual = unusualFields<OtherFields>(others, USUAL);
    const row = [id, text, createdAt.getTime(), author && placeOf(author)] as const;
    return unusual ? [...row, unusual] : [...row];
  });
  return { ...page, authors, nodes: packed };
}

export function unpackTree({ authors, nodes, ...page }: PackedTreePage): CommentTreePage {
  return {
    ...page,
    nodes: nodes.map(([id, text, createdAt, author, unusual]) => ({
      ...USUAL,
      ...unusual,
      id,
      text,
      createdAt: new Date(createdAt),
      author: author === null ? null : authorAt(authors, author),
    })),
  };
}
