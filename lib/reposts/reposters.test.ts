import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { opaqueTextSql } from "@/lib/db-sql";
import { createPost, createUser } from "@/test/factories";
import { FOLLOWS_HASHED_PER_PROBE, followedOrSelfReposterSql } from "./feed-sql";

// A card's "… reposted" line names the viewer and the accounts they follow and have not muted.
// A post with few reposts for the viewer's follows probes follows_pkey per repost, a busier one
// hashes the follows: both must name the same people.

describe("the reposters a home card names", () => {
  it.each([
    { check: "a probe per repost", repostCount: 1 },
    { check: "one hash of the viewer's follows", repostCount: 1_000 },
  ])("are the viewer and the followed, unmuted accounts, by $check", async ({ repostCount }) => {
    const [viewer, followed, muted, stranger, author] = await Promise.all([createUser(), createUser(), createUser(), createUser(), createUser()]);
    await db.follow.createMany({ data: [followed, muted].map((followee) => ({ followerId: viewer.id, followeeId: followee.id })) });
    await db.mute.create({ data: { muterId: viewer.id, mutedId: muted.id } });
    const post = await createPost(author.id);
    await db.repost.createMany({ data: [viewer, followed, muted, stranger].map((user) => ({ userId: user.id, postId: post.id })) });

    // The counts as the card statement gives them; the follows count puts this many reposts on one side of the line or the other.
    const counts = { repostCount: Prisma.sql`${repostCount}::int`, followsCount: Prisma.sql`${FOLLOWS_HASHED_PER_PROBE}::int` };
    const rows = await db.$queryRaw(Prisma.sql`
      SELECT r.user_id AS "userId" FROM reposts AS r
      WHERE r.post_id = ${post.id} AND ${followedOrSelfReposterSql(opaqueTextSql(viewer.id), counts)}`);
    const named = parseRows(z.object({ userId: z.string() }), rows).map((row) => row.userId);
    expect(named.sort()).toEqual([viewer.id, followed.id].sort());
  });
});
