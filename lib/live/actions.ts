"use server";

import { getCurrentUser } from "@/lib/auth/current-user";
import { type PostPage, listHomeFeed } from "@/lib/posts/queries";
import { noteActionEntered } from "@/lib/server/action-entry";

/**
 * The first page of the signed-in reader's home feed, as it is now: asked for when the live
 * stream says a followed account posted, so what comes is exactly what the reader may see.
 */
export async function loadNewestHomePosts(): Promise<PostPage> {
  noteActionEntered();
  const viewer = await getCurrentUser();
  return viewer ? listHomeFeed(viewer.id, null) : { items: [], nextCursor: null };
}
