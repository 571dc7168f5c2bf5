import type { SqlClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountShown } from "@/lib/moderation/visibility";
import { writeWhereShown } from "@/lib/moderation/write-where-shown";

/**
 * Sets `userId`'s like of `postId` and answers whether the post can be seen:
 * a post that is gone, or whose author is suspended, gets no like and no
 * unlike. Both are idempotent (ON CONFLICT DO NOTHING on the primary key,
 * DELETE of at most that row).
 */
export function writeLike(client: SqlClient, userId: string, postId: string, like: boolean): Promise<boolean> {
  return writeWhereShown(
    client,
    Prisma.sql`SELECT posts.id FROM posts WHERE posts.id = ${postId} AND ${accountShown("posts.author_id")}`,
    like
      ? Prisma.sql`INSERT INTO likes (user_id, post_id) SELECT ${userId}, id FROM target ON CONFLICT DO NOTHING`
      : Prisma.sql`DELETE FROM likes WHERE user_id = ${userId} AND post_id IN (SELECT id FROM target)`,
  );
}
