import type { SqlClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountShown } from "@/lib/moderation/visibility";
import { writeWhereShown } from "@/lib/moderation/write-where-shown";
import { notBlockedWithSql } from "@/lib/safety/visibility";

/** Tables of one person's on/off mark on a post, keyed by (user_id, post_id). */
export type PostMarkTable = "likes" | "bookmarks" | "reposts";

/**
 * Sets `userId`'s like, bookmark or repost of `postId` and answers whether the post
 * could take it: a post that is gone, or whose author is suspended, gets no mark and no
 * removal (the marks come back with the account); one whose author blocks `userId` or is
 * blocked by them (lib/safety) gets no new mark, but a bookmark made before the block can still
 * be taken back (likes and reposts went with the block: the trigger blocks_remove_ties; and the
 * database refuses one that races the block, which `writeWhereShown` answers as a hidden post).
 * Both are idempotent (ON CONFLICT DO NOTHING on the primary key, DELETE of at most that row).
 */
export function writePostMark(client: SqlClient, table: PostMarkTable, userId: string, postId: string, on: boolean): Promise<boolean> {
  const marks = Prisma.raw(table);
  const shownPost = Prisma.sql`posts.id = ${postId} AND ${accountShown("posts.author_id")}`;
  return writeWhereShown(
    client,
    on
      ? Prisma.sql`SELECT posts.id FROM posts WHERE ${shownPost} AND ${notBlockedWithSql(userId, "posts.author_id")}`
      : Prisma.sql`SELECT posts.id FROM posts WHERE ${shownPost}`,
    on
      ? Prisma.sql`INSERT INTO ${marks} (user_id, post_id) SELECT ${userId}, id FROM target ON CONFLICT DO NOTHING`
      : Prisma.sql`DELETE FROM ${marks} WHERE user_id = ${userId} AND post_id IN (SELECT id FROM target)`,
  );
}

export function writeLike(client: SqlClient, userId: string, postId: string, like: boolean): Promise<boolean> {
  return writePostMark(client, "likes", userId, postId, like);
}
