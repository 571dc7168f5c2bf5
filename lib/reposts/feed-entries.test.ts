import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Cursor } from "@/lib/pagination/cursor";
import { homeFeedEntriesSql } from "@/lib/posts/home-feed";
import { createPost, createUser } from "@/test/factories";
import { profileEntriesSql } from "./feed-sql";

// Feeds with reposts must give exactly their definition, page after page,
// whichever design answers: each post once, at its newest entry (its own time
// if it is in the feed by its author, or its newest repost that is), newest
// first, ties by post id; nothing by or of a suspended account.

const entryRows = z.array(z.object({ id: z.string(), feedAt: z.date() }));

/** The home feed's definition, in the plainest SQL. */
async function referenceHome(viewerId: string) {
  const rows = await db.$queryRaw`
    WITH followed AS (SELECT ${viewerId}::text AS id UNION SELECT followee_id FROM follows WHERE follower_id = ${viewerId}),
         shown_followed AS (SELECT followed.id FROM followed JOIN users ON users.id = followed.id WHERE users.suspended_at IS NULL),
         sources AS (SELECT p.id, p.created_at AS at FROM posts AS p WHERE p.author_id IN (SELECT id FROM shown_followed)
                     UNION ALL
                     SELECT r.post_id, r.created_at FROM reposts AS r WHERE r.user_id IN (SELECT id FROM shown_followed))
    SELECT sources.id FROM sources JOIN posts AS p ON p.id = sources.id JOIN users AS a ON a.id = p.author_id
    WHERE a.suspended_at IS NULL
    GROUP BY sources.id ORDER BY max(sources.at) DESC, sources.id DESC`;
  return parseRows(z.object({ id: z.string() }), rows).map((row) => row.id);
}

/** Every page of a feed of entries, following (feedAt, id) cursors. */
async function walk(entries: (cursor: Cursor | null, limit: number) => Prisma.Sql, pageSize: number) {
  const seen: string[] = [];
  let cursor: Cursor | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const rows = entryRows.parse(await db.$queryRaw(entries(cursor, pageSize + 1)));
    seen.push(...rows.slice(0, pageSize).map((row) => row.id));
    if (rows.length <= pageSize) return seen;
    const last = rows[pageSize - 1]!;
    cursor = { createdAt: last.feedAt, id: last.id };
  }
  throw new Error("The feed did not end within 100 pages.");
}

const base = Date.UTC(2026, 3, 1);
const minutes = (count: number) => new Date(base + count * 60_000);

describe("home feed with reposts", () => {
  let viewer: string;

  beforeAll(async () => {
    const [reader, ada, bruno, quiet, stranger, banned] = await Promise.all(Array.from({ length: 6 }, () => createUser()));
    viewer = reader!.id;
    await db.follow.createMany({ data: [ada, bruno, quiet, banned].map((followee) => ({ followerId: viewer, followeeId: followee!.id })) });
    const strangerPosts: { id: string }[] = [];
    // The stranger posts a lot, the followees a little; pairs share a time so ids break ties.
    for (let index = 0; index < 50; index++) {
      strangerPosts.push(await createPost(stranger!.id, { createdAt: minutes(Math.floor(index / 2)) }));
      if (index % 6 === 0) await createPost(ada!.id, { createdAt: minutes(index) });
      if (index % 17 === 0) await createPost(quiet!.id, { createdAt: minutes(index) });
    }
    const brunoPosts = await Promise.all([3, 9, 30].map((at) => createPost(bruno!.id, { createdAt: minutes(at) })));
    const bannedPost = await createPost(banned!.id, { createdAt: minutes(12) });
    const [adaOwn, readerOwn] = await Promise.all([createPost(ada!.id, { createdAt: minutes(5) }), createPost(viewer, { createdAt: minutes(8) })]);
    const reposts = [
      // A followee's repost of their own post, and of the viewer's: each post once, at the repost.
      { userId: ada!.id, postId: adaOwn.id, createdAt: minutes(44) },
      { userId: bruno!.id, postId: readerOwn.id, createdAt: minutes(45) },
      // One stranger's post reposted by three followed accounts: it appears once, at the newest.
      ...[ada, bruno, reader].map((who, index) => ({ userId: who!.id, postId: strangerPosts[4]!.id, createdAt: minutes(40 + index * 7) })),
      // Two followed reposts of one post at the same moment: still once.
      { userId: quiet!.id, postId: strangerPosts[4]!.id, createdAt: minutes(54) },
      ...[ada, bruno].map((who) => ({ userId: who!.id, postId: strangerPosts[6]!.id, createdAt: minutes(33) })),
      // Reposts of posts that are in the feed anyway, older and newer than those posts.
      { userId: ada!.id, postId: brunoPosts[0]!.id, createdAt: minutes(31) },
      { userId: quiet!.id, postId: brunoPosts[2]!.id, createdAt: minutes(30) },
      // Many reposts by one account, some at the same time as posts.
      ...strangerPosts.slice(10, 40).map((post, index) => ({ userId: bruno!.id, postId: post.id, createdAt: minutes(20 + index) })),
      // A stranger's repost brings nothing; a suspended followee's and a suspended author's neither.
      { userId: stranger!.id, postId: brunoPosts[1]!.id, createdAt: minutes(70) },
      { userId: banned!.id, postId: strangerPosts[1]!.id, createdAt: minutes(71) },
      { userId: ada!.id, postId: bannedPost.id, createdAt: minutes(72) },
    ];
    await db.repost.createMany({ data: reposts });
    await db.user.update({ where: { id: banned!.id }, data: { suspendedAt: new Date() } });
  });

  it.each([
    // fewFollows 0: the viewer's 4 follows are not "few", so the walks are tried; manyFollows 4: they are "many".
    { strategy: "the recent walks", tuning: { recentWindow: 10_000, fewFollows: 0 } },
    { strategy: "the recent walks, probing follows", tuning: { recentWindow: 10_000, fewFollows: 0, manyFollows: 4 } },
    { strategy: "the per-account merges (window too small)", tuning: { recentWindow: 1, fewFollows: 0 } },
    { strategy: "both, switching page by page", tuning: { recentWindow: 12, fewFollows: 0 } },
    { strategy: "the per-account merges alone (few follows)", tuning: { recentWindow: 10_000 } },
  ])("equals the feed's definition, page after page, with $strategy", async ({ tuning }) => {
    const expected = await referenceHome(viewer);
    expect(new Set(expected).size).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(40);
    for (const pageSize of [1, 3, 7, 20]) {
      expect(await walk((cursor, limit) => homeFeedEntriesSql(viewer, cursor, limit, tuning), pageSize)).toEqual(expected);
    }
  });
});

describe("profile with reposts", () => {
  it("lists the person's posts and reposts, each post once at its newest, page after page", async () => {
    const [ada, stranger, banned] = await Promise.all([createUser(), createUser(), createUser()]);
    const own: { id: string; createdAt: Date }[] = [];
    for (let index = 0; index < 12; index++) own.push(await createPost(ada.id, { createdAt: minutes(index * 2) }));
    const others: { id: string }[] = [];
    for (let index = 0; index < 12; index++) others.push(await createPost(stranger.id, { createdAt: minutes(index) }));
    const bannedPost = await createPost(banned.id, { createdAt: minutes(1) });
    await db.repost.createMany({
      data: [
        ...others.map((post, index) => ({ userId: ada.id, postId: post.id, createdAt: minutes(index * 2 + 1) })),
        // Her own post, reposted later: once, at the repost.
        { userId: ada.id, postId: own[0]!.id, createdAt: minutes(15) },
        { userId: ada.id, postId: bannedPost.id, createdAt: minutes(30) },
        // Someone else's repost of her post changes nothing here.
        { userId: stranger.id, postId: own[3]!.id, createdAt: minutes(40) },
      ],
    });
    await db.user.update({ where: { id: banned.id }, data: { suspendedAt: new Date() } });
    const expected = [
      ...own.slice(1).map((post) => ({ id: post.id, at: post.createdAt.getTime() })),
      ...others.map((post, index) => ({ id: post.id, at: minutes(index * 2 + 1).getTime() })),
      { id: own[0]!.id, at: minutes(15).getTime() },
    ]
      .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
      .map((entry) => entry.id);
    for (const pageSize of [1, 4, 20]) {
      expect(await walk((cursor, limit) => profileEntriesSql(ada.id, cursor, limit), pageSize)).toEqual(expected);
    }
  });
});
