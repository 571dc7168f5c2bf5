import { type PackedAuthor, authorAt, authorTable, unusualFields } from "@/lib/wire/packing";
import { THREAD_DEPTH, type CommentNode, type CommentTreePage } from "./tree-shape";

/**
 * A page of a thread as the server hands it to the thread's client component
 * (components/comments/comment-thread.tsx), packed as lib/wire/packing.ts says.
 */
export type PackedTreePage = Omit<CommentTreePage, "nodes"> & { authors: PackedAuthor[]; nodes: PackedNode[] };

/**
 * A comment: its id, text, time (milliseconds since 1970) and author (a place
 * in the page's `authors`, or null for a placeholder), then its other fields
 * that do not hold the usual value (USUAL), if any. A reply whose parent is on
 * the page names it by its place in `nodes` (`parent`), and leaves out its
 * depth, one below its parent's: an id would cost 25 characters a reply.
 * `hasReplies` is sent only at THREAD_DEPTH, the one level where a thread reads
 * it ("Continue this thread"): above it, the replies themselves are on the page.
 */
type PackedNode =
  | [id: string, text: string, createdAt: number, author: number | null]
  | [id: string, text: string, createdAt: number, author: number | null, unusual: PackedFields];

type OtherFields = Omit<CommentNode, "id" | "text" | "createdAt" | "author">;

type PackedFields = Partial<OtherFields> & { parent?: number };

const USUAL = { parentId: null, depth: 1, state: "shown", hasReplies: false, moreReplies: false, mentioned: [] } satisfies OtherFields;

/** The page for `viewerId`, whose id alone its authors keep (lib/wire/packing.ts, PackedAuthor). */
export function packTree({ nodes, ...page }: CommentTreePage, viewerId: string | null): PackedTreePage {
  const { authors, placeOf } = authorTable(viewerId);
  const placeOfNode = new Map(nodes.map((node, place) => [node.id, place]));
  const packed = nodes.map(({ id, text, createdAt, author, parentId, depth, hasReplies, ...shown }, place): PackedNode => {
    const others = { ...shown, hasReplies: hasReplies && depth >= THREAD_DEPTH };
    const parent = parentId === null ? undefined : placeOfNode.get(parentId);
    // Only a parent listed before it, which the client has unpacked by then.
    const onPage = parent !== undefined && parent < place && nodes[parent]!.depth + 1 === depth;
    const fields: Partial<OtherFields> = onPage ? others : { parentId, depth, ...others };
    const unusual: PackedFields = { ...unusualFields(fields, USUAL), ...(onPage ? { parent } : {}) };
    const row = [id, text, createdAt.getTime(), author && placeOf(author)] as const;
    return Object.keys(unusual).length > 0 ? [...row, unusual] : [...row];
  });
  return { ...page, authors, nodes: packed };
}

export function unpackTree({ authors, nodes, ...page }: PackedTreePage): CommentTreePage {
  const unpacked: CommentNode[] = [];
  for (const [id, text, createdAt, author, { parent: place, ...unusual } = {}] of nodes) {
    // A reply named by its parent's place (listed before it): that parent's id, and the depth below it.
    const parent = place === undefined ? null : unpacked[place];
    if (parent === undefined) throw new Error(`A packed comment names comment ${place} of ${nodes.length} as its parent`);
    unpacked.push({
      ...USUAL,
      ...unusual,
      ...(parent && { parentId: parent.id, depth: parent.depth + 1 }),
      id,
      text,
      createdAt: new Date(createdAt),
      author: author === null ? null : authorAt(authors, author),
    });
  }
  return { ...page, nodes: unpacked };
}
