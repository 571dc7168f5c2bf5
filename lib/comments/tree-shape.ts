import { PAGE_SIZE } from "@/lib/pagination/cursor";
import type { PublicUser } from "@/lib/profiles/public-user";

// What a thread page shows, shared by the reads (tree.ts) and the page's script.

/** Levels shown below the comment a page is rooted at (or below the post). */
export const THREAD_DEPTH = 3;
/** Replies shown under each comment below the first level before "More replies". */
export const REPLIES_SHOWN = 3;
/**
 * The most top-level comments (or replies) a page keeps above the page it was
 * asked for, when it is asked for a later page without JavaScript.
 */
export const EARLIER_COMMENTS_KEPT = 9 * PAGE_SIZE;

/**
 * One comment as a thread shows it. A comment that is gone from view (deleted,
 * or by a suspended account) but still has replies is a placeholder: no text,
 * no author, and `state` says why.
 */
export type CommentNode = {
  id: string;
  parentId: string | null;
  createdAt: Date;
  /** 0 for the comment a page is rooted at, 1 for the first level below it (or below the post). */
  depth: number;
  state: "shown" | "deleted" | "hidden";
  text: string;
  author: PublicUser | null;
  hasReplies: boolean;
  /** More replies than those shown under it (only known for comments whose replies were read). */
  moreReplies: boolean;
  /** The usernames of the shown accounts the text mentions (none for a placeholder). */
  mentioned: string[];
};

export type CommentTreePage = {
  nodes: CommentNode[];
  nextCursor: string | null;
  /** Whether first-level comments older than the first shown were left out (see EARLIER_COMMENTS_KEPT). */
  earlierLeftOut: boolean;
};

