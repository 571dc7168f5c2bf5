import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import type { Cursor } from "@/lib/pagination/cursor";
import { createPost, createUser } from "@/test/factories";
import { type HomeFeedTuning, homeFeedEntriesSql } from "./home-feed";

// The home feed's two strategies must both give exactly the feed's
// definition: the viewer's posts and their followees', newest first. With
// reposts: lib/reposts/feed-entries.test.ts.

/** The definition, in the plainest SQL. */
async function referenceFeed(viewerId: string) {
  const rows = await db.$queryRaw`
    SELECT id FROM posts
    WHERE author_id = ${viewerId} OR author_id IN (SELECT followee_id FROM follows WHERE follower_id = ${viewerId})
    ORDER BY created_at DESC, id DESC`;
  return parseRows(z.object({ id: z.string() }), rows).map((row) => row.id);
}

const entryRows = z.array(z.object({ id: z.string(), feedAt: z.date() }));

async function homeFeedPositions(viewerId: string, cursor: Cursor | null, limit: number, tuning: Partial<HomeFeedTuning> = {}): Promise<Cursor[]> {
  const entries = entryRows.parse(await db.$queryRaw(homeFeedEntriesSql(viewerId, cursor, limit, tuning)));
  return entries.map((entry) => ({ createdAt: entry.feedAt, id: entry.id }));
}

async function walkFeed(viewerId: string, pageSize: number, tuning: Partial<HomeFeedTuning>) {
  const seen: string[] = [];
  let cursor: Cursor | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const positions: Cursor[] = await homeFeedPositions(viewerId, cursor, pageSize + 1, tuning);
    seen.push(...positions.slice(0, pageSize).map((position) => position.id));
    if (positions.length <= pageSize) return seen;
    cursor = positions[pageSize - 1]!;
  }
  throw new Error("The feed did not end within 100 pages.");
}

describe("home feed without reposts", () => {
  let viewer: string;

  beforeAll(async () => {
    const [reader, rarePoster, busyStranger, followedBusy] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
    viewer = reader!.id;
    await db.follow.createMany({
      data: [rarePoster!.id, followedBusy!.id].map((followeeId) => ({ followerId: viewer, followeeId })),
    });
    const base = Date.UTC(2026, 2, 1);
    const minutes = (count: number) => new Date(base + count * 60_000);
    // Followed posts are dense early on and sparse later, among many posts by a stranger;
    // pairs of posts share a timestamp so that ties are broken by id.
    for (let index = 0; index < 60; index++) {
      await createPost(busyStranger!.id, { createdAt: minutes(Math.floor(index / 2)) });
      if (index < 20) await createPost(followedBusy!.id, { createdAt: minutes(Math.floor(index / 2)) });
      if (index % 15 === 0) await createPost(rarePoster!.id, { createdAt: minutes(index) });
    }
    await createPost(viewer, { createdAt: minutes(45) });
  });

  it.each([
    // fewFollows 0: the viewer's 2 follows are not "few", so the walk is tried; manyFollows 2: they are "many".
    { strategy: "the recent walk", tuning: { recentWindow: 10_000, fewFollows: 0 } },
    { strategy: "the recent walk, probing follows", tuning: { recentWindow: 10_000, fewFollows: 0, manyFollows: 2 } },
    { strategy: "the per-account merge (window too small)", tuning: { recentWindow: 1, fewFollows: 0 } },
    { strategy: "both, switching page by page", tuning: { recentWindow: 12, fewFollows: 0 } },
    { strategy: "the per-account merge alone (few follows)", tuning: { recentWindow: 10_000 } },
  ])("equals the feed's definition, page after page, with $strategy", async ({ tuning }) => {
    const expected = await referenceFeed(viewer);
    expect(expected).toHaveLength(20 + 4 + 1);
    for (const pageSize of [1, 3, 7]) {
      expect(await walkFeed(viewer, pageSize, tuning)).toEqual(expected);
    }
  });

  it("gives someone who follows no one their own posts only", async () => {
    const loner = await createUser();
    const own = await createPost(loner.id);
    expect((await homeFeedPositions(loner.id, null, 21)).map((position) => position.id)).toEqual([own.id]);
  });
});
