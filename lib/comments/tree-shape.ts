import type { ReportReason } from "@/lib/generated/prisma/enums";
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

/** The most of the viewer's own comments a branch names as all it leaves out (LeftOut); past them it just says it leaves out more. */
export const OWN_LEFT_OUT_NAMED = PAGE_SIZE;

/**
 * What a branch leaves out past the comments it shows: nothing (false), a
 * comment the viewer may not have seen (true), or only comments of the
 * viewer's own, named. A page shows the comments sent from it, also those the
 * server would leave out, so it offers more only for one it does not show.
 */
export type LeftOut = boolean | string[];

/** Whether a branch that leaves out `leftOut` leaves out a comment not among those `shown`. */
export function leavesOutUnshown(leftOut: LeftOut, shown: ReadonlySet<string>): boolean {
  return Array.isArray(leftOut) ? leftOut.some((id) => !shown.has(id)) : leftOut;
}

/**
 * One comment as a thread shows it. A comment that is gone from view (deleted,
 * or by a suspended account) but still has replies is a placeholder: no text,
 * no author, and `state` says why. "removed" is one that moderators deleted, as
 * its own author is shown it; everyone else is shown it "deleted".
 */
export type CommentNode = {
  id: string;
  parentId: string | null;
  createdAt: Date;
  /** 0 for the comment a page is rooted at, 1 for the first level below it (or below the post). */
  depth: number;
  state: "shown" | "deleted" | "removed" | "hidden";
  /** For a "removed" one, what the reports its removal resolved called it, as its author's notification says. */
  reportedAs?: ReportReason[];
  text: string;
  author: PublicUser | null;
  hasReplies: boolean;
  /** Its replies past those shown under it (only known for comments whose replies were read). */
  moreReplies: LeftOut;
  /** The usernames of the shown accounts the text mentions (none for a placeholder). */
  mentioned: string[];
};

export type CommentTreePage = {
  nodes: CommentNode[];
  nextCursor: string | null;
  /** The first-level comments after this page (false exactly when `nextCursor` is null). */
  laterLeftOut: LeftOut;
  /** Whether first-level comments older than the first shown were left out (see EARLIER_COMMENTS_KEPT). */
  earlierLeftOut: boolean;
  /**
   * On a page that shows those up to its cursor and the ones after (listCommentTree), the first
   * first-level comment after it: the first one "More comments" brought, where the page lands.
   */
  firstNewId?: string;
};

