"use server";

import { decodeCursor } from "@/lib/pagination/cursor";
import { noteActionEntered } from "@/lib/server/action-entry";
import { recordId } from "@/lib/validation/ids";
import { type CommentItem, listComments } from "./queries";

type CommentPage = { items: CommentItem[]; nextCursor: string | null };

const EMPTY: CommentPage = { items: [], nextCursor: null };

/**
 * The page of a post's comments after `cursor`, to add below those shown
 * (the "More comments" link does the same without JavaScript). What anyone
 * may read: no session needed.
 */
export async function loadMoreComments(postId: string, cursor: string): Promise<CommentPage> {
  noteActionEntered();
  // A token that is not one of ours would answer with the first page: comments already shown.
  if (!recordId().safeParse(postId).success || typeof cursor !== "string" || !decodeCursor(cursor)) return EMPTY;
  return listComments(postId, cursor);
}
