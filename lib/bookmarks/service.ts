import type { CurrentUser } from "@/lib/auth/current-user";
import { db, type SqlClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountShown } from "@/lib/moderation/visibility";
import { writeWhereShown } from "@/lib/moderation/write-where-shown";
import { POST_GONE } from "@/lib/posts/schema";
import { type Refusal, refusal } from "@/lib/services/refusal";
import type { SetBookmarkInput } from "./schema";

/**
 * Sets `userId`'s bookmark of `postId` and answers whether the post can be
 * seen: a post that is gone, or whose author is suspended, gets no bookmark
 * and no removal. Both are idempotent (ON CONFLICT DO NOTHING on the primary
 * key, DELETE of at most that row), so repeats and races cannot fail.
 */
function writeBookmark(client: SqlClient, userId: string, postId: string, bookmark: boolean): Promise<boolean> {
  return writeWhereShown(
    client,
    Prisma.sql`SELECT posts.id FROM posts WHERE posts.id = ${postId} AND ${accountShown("posts.author_id")}`,
    bookmark
      ? Prisma.sql`INSERT INTO bookmarks (user_id, post_id) SELECT ${userId}, id FROM target ON CONFLICT DO NOTHING`
      : Prisma.sql`DELETE FROM bookmarks WHERE user_id = ${userId} AND post_id IN (SELECT id FROM target)`,
  );
}

/**
 * Bookmarks or un-bookmarks a post as `user`, who always owns the bookmark:
 * the input names only the post. A post that does not exist and one that
 * cannot be seen get the same answer.
 */
export async function setBookmark(user: CurrentUser, input: SetBookmarkInput): Promise<{ ok: true; bookmarked: boolean } | Refusal> {
  // One statement, no transaction: a bookmark is private, nothing follows it (see `afterWrite`).
  const shown = await writeBookmark(db, user.id, input.postId, input.bookmark);
  return shown ? { ok: true, bookmarked: input.bookmark } : refusal(POST_GONE);
}
