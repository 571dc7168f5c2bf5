import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountShown } from "@/lib/moderation/visibility";

/** The post `postId` if its author is shown (see lib/moderation/visibility.ts). */
function shownPost(postId: string) {
  return Prisma.sql`SELECT posts.id FROM posts WHERE posts.id = ${postId} AND ${accountShown("posts.author_id")}`;
}

/**
 * Sets `userId`'s like of `postId` and answers whether the post can be seen.
 * Checking and writing are one statement: a post that is gone, or whose author
 * is suspended, gets no like and no unlike. Both are idempotent (ON CONFLICT DO
 * NOTHING on the primary key, DELETE of at most that row).
 */
export async function writeLike(userId: string, postId: string, like: boolean): Promise<boolean> {
  const write = like
    ? Prisma.sql`INSERT INTO likes (user_id, post_id) SELECT ${userId}, id FROM target ON CONFLICT DO NOTHING`
    : Prisma.sql`DELETE FROM likes WHERE user_id = ${userId} AND post_id IN (SELECT id FROM target)`;
  const [row] = await db.$queryRaw<{ shown: boolean }[]>`
    WITH target AS (${shownPost(postId)}), written AS (${write})
    SELECT EXISTS (SELECT 1 FROM target) AS shown`;
  return row?.shown ?? false;
}
