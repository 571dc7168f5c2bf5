"use server";

import { getCurrentUser } from "@/lib/auth/current-user";
import { decodeCursor } from "@/lib/pagination/cursor";
import { noteActionEntered } from "@/lib/server/action-entry";
import { recordId } from "@/lib/validation/ids";
import { listCommentBranch } from "./tree";
import type { CommentTreePage } from "./tree-shape";

const EMPTY: CommentTreePage = { nodes: [], nextCursor: null, laterLeftOut: false, earlierLeftOut: false };

/**
 * The page of a post's top-level comments (`parentId` null) or of a comment's
 * replies after `cursor`, with the replies below them, to add below those
 * shown (the "More comments" link does the same without JavaScript). What
 * anyone may read: no session needed.
 */
export async function loadMoreComments(postId: string, parentId: string | null, cursor: string): Promise<CommentTreePage> {
  noteActionEntered();
  const ids = recordId();
  // A token that is not one of ours would answer with the first page: comments already shown.
  if (!ids.safeParse(postId).success || (parentId !== null && !ids.safeParse(parentId).success)) return EMPTY;
  if (typeof cursor !== "string" || !decodeCursor(cursor)) return EMPTY;
  const viewer = await getCurrentUser();
  return listCommentBranch(postId, parentId, cursor, viewer?.id ?? null);
}
