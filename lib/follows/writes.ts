import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Sets whether `followerId` follows `followeeId` and answers whether the
 * followee can be seen. Checking and writing are one statement: an account
 * that is gone or suspended gets no follow and no unfollow. Both are
 * idempotent in the database itself (INSERT … ON CONFLICT DO NOTHING on the
 * primary key, DELETE of at most that row), so concurrent or repeated requests
 * can neither fail nor leave a duplicate.
 */
export async function writeFollow(followerId: string, followeeId: string, follow: boolean): Promise<boolean> {
  const write = follow
    ? Prisma.sql`INSERT INTO follows (follower_id, followee_id) SELECT ${followerId}, id FROM target ON CONFLICT DO NOTHING`
    : Prisma.sql`DELETE FROM follows WHERE follower_id = ${followerId} AND followee_id IN (SELECT id FROM target)`;
  const [row] = await db.$queryRaw<{ shown: boolean }[]>`
    WITH target AS (SELECT users.id FROM users WHERE users.id = ${followeeId} AND users.suspended_at IS NULL),
         written AS (${write})
    SELECT EXISTS (SELECT 1 FROM target) AS shown`;
  return row?.shown ?? false;
}
