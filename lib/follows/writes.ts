import { Prisma } from "@/lib/generated/prisma/client";
import { writeWhereShown } from "@/lib/moderation/write-where-shown";

/**
 * Sets whether `followerId` follows `followeeId` and answers whether the
 * followee can be seen: an account that is gone or suspended gets no follow
 * and no unfollow. Both are idempotent in the database itself (INSERT … ON
 * CONFLICT DO NOTHING on the primary key, DELETE of at most that row), so
 * concurrent or repeated requests can neither fail nor leave a duplicate.
 */
export function writeFollow(followerId: string, followeeId: string, follow: boolean): Promise<boolean> {
  return writeWhereShown(
    Prisma.sql`SELECT users.id FROM users WHERE users.id = ${followeeId} AND users.suspended_at IS NULL`,
    follow
      ? Prisma.sql`INSERT INTO follows (follower_id, followee_id) SELECT ${followerId}, id FROM target ON CONFLICT DO NOTHING`
      : Prisma.sql`DELETE FROM follows WHERE follower_id = ${followerId} AND followee_id IN (SELECT id FROM target)`,
  );
}
