import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setFollow } from "@/lib/follows/actions";
import { ACCOUNT_GONE } from "@/lib/follows/schema";
import { setBlock } from "@/lib/safety/actions";
import { createUser } from "@/test/factories";
import { form, signInAs } from "@/test/next/session";
import { whileOpen } from "@/test/while-open";

// A block deletes the follows between the two accounts (blocks_remove_ties) and the database
// refuses a new one (follows_refuse_blocked). Neither sees the other's uncommitted row: without a
// lock between them, a follow written while a block is being written outlived it, and the blocked
// account went on following, with the block's own follower counts and lists disagreeing.

/** The follows between the two accounts, either way, and the followers profile count of each. */
async function followsBetween(one: { id: string }, other: { id: string }) {
  const follows = await db.follow.count({
    where: { OR: [{ followerId: one.id, followeeId: other.id }, { followerId: other.id, followeeId: one.id }] },
  });
  const stats = await db.userStats.findMany({ where: { userId: { in: [one.id, other.id] } }, select: { followerCount: true } });
  return { follows, followerCounts: stats.map((row) => row.followerCount) };
}

describe("a follow and a block written at the same time", () => {
  it("leave no follow when the follow is still being written as the block comes: the block waits for it, then takes it", async () => {
    const [followee, follower] = await Promise.all([createUser(), createUser()]);
    await signInAs(followee.id);
    const { waited, answer } = await whileOpen(
      async (tx) => void (await tx.follow.create({ data: { followerId: follower.id, followeeId: followee.id } })),
      () => setBlock(null, form({ userId: follower.id, block: "true" })),
    );
    expect(answer).toMatchObject({ ok: true });
    expect({ waited, ...(await followsBetween(followee, follower)) }).toEqual({ waited: true, follows: 0, followerCounts: [0, 0] });
  });

  it("refuse the follow that comes while the block is being written, with the answer a hidden account gets", async () => {
    const [followee, follower] = await Promise.all([createUser(), createUser()]);
    await signInAs(follower.id);
    const { waited, answer } = await whileOpen(
      async (tx) => void (await tx.block.create({ data: { blockerId: followee.id, blockedId: follower.id } })),
      () => setFollow(null, form({ userId: followee.id, follow: "true" })),
    );
    expect(answer).toEqual({ ok: false, message: ACCOUNT_GONE });
    expect({ waited, follows: (await followsBetween(followee, follower)).follows }).toEqual({ waited: true, follows: 0 });
    // A refused follow is not counted against the follower's daily limit.
    expect(await db.rateLimitEvent.count({ where: { key: follower.id } })).toBe(0);
  });
});
