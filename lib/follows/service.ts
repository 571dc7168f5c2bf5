import type { CurrentUser } from "@/lib/auth/current-user";
import { db, type SqlClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountRowShown } from "@/lib/moderation/visibility";
import { writeWhereShown } from "@/lib/moderation/write-where-shown";
import { notBlockedWithSql } from "@/lib/safety/visibility";
import { type Refusal, refusal } from "@/lib/services/refusal";
import { asCountedFollow } from "@/lib/services/write-limits";
import { ACCOUNT_GONE, CANNOT_FOLLOW_YOURSELF } from "./schema";

/**
 * Sets whether `followerId` follows `followeeId` and answers whether the
 * followee can be seen: an account that is gone, suspended, or blocks the
 * follower or is blocked by them (lib/safety) gets no follow and no unfollow.
 * A block that lands while the follow is being written makes the database
 * refuse it (follows_refuse_blocked waits for the block), which
 * `writeWhereShown` answers as it answers a hidden account. Both are idempotent
 * in the database itself (INSERT … ON CONFLICT DO NOTHING on the primary key,
 * DELETE of at most that row), so concurrent or repeated requests can neither
 * fail nor leave a duplicate.
 */
function writeFollow(client: SqlClient, followerId: string, followeeId: string, follow: boolean): Promise<boolean> {
  return writeWhereShown(
    client,
    Prisma.sql`SELECT users.id FROM users WHERE users.id = ${followeeId} AND ${accountRowShown("users")} AND ${notBlockedWithSql(followerId, "users.id")}`,
    follow
      ? Prisma.sql`INSERT INTO follows (follower_id, followee_id) SELECT ${followerId}, id FROM target ON CONFLICT DO NOTHING`
      : Prisma.sql`DELETE FROM follows WHERE follower_id = ${followerId} AND followee_id IN (SELECT id FROM target)`,
  );
}

/**
 * Follows or unfollows `userId` as `user`, who is always the follower: the
 * input names only the other person. An account that does not exist and one
 * that is suspended get the same answer.
 */
export async function setFollow(user: CurrentUser, input: { userId: string; follow: boolean }): Promise<{ ok: true; following: boolean } | Refusal> {
  // The CHECK constraint on follows refuses this too; asking first gives a sentence instead of an error.
  if (input.userId === user.id) return refusal(CANNOT_FOLLOW_YOURSELF);
  // One statement, no transaction: see `afterWrite` for why follows take no side effects there.
  const write = async () => ((await writeFollow(db, user.id, input.userId, input.follow)) ? { ok: true as const, following: input.follow } : refusal(ACCOUNT_GONE));
  // Only following counts: unfollowing is always allowed.
  return input.follow ? asCountedFollow(user.id, write) : write();
}
