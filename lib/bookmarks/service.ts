import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { writePostMark } from "@/lib/posts/likes";
import { POST_GONE } from "@/lib/posts/schema";
import { type Refusal, refusal } from "@/lib/services/refusal";
import type { SetBookmarkInput } from "./schema";

/**
 * Bookmarks or un-bookmarks a post as `user`, who always owns the bookmark:
 * the input names only the post. A post that does not exist and one that
 * cannot be seen (suspended author) get the same answer, and nothing is
 * written. Idempotent in the database (see `writePostMark`), so repeats and
 * races cannot fail or duplicate.
 */
export async function setBookmark(user: CurrentUser, input: SetBookmarkInput): Promise<{ ok: true; bookmarked: boolean } | Refusal> {
  // One statement, no transaction: a bookmark is private, nothing follows it (see `afterWrite`).
  const shown = await writePostMark(db, "bookmarks", user.id, input.postId, input.bookmark);
  return shown ? { ok: true, bookmarked: input.bookmark } : refusal(POST_GONE);
}
