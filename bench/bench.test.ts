import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listHomeFeed } from "@/lib/posts/queries";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { GUARDED_PREFIX, runDbPhase } from "./db-phase/run-db-phase";
import { referenceFeed } from "./db-phase/reference-feed";
import { pickSubjects, type Subjects } from "./db-phase/subjects";
import { countRows } from "@/scripts/lib/community/bulk-load";
import { generateCommunity, type GenerationResult } from "@/scripts/lib/community/generate-community";
import { topLevelComments } from "@/scripts/lib/community/load-conversations";
import { scaleSizes } from "@/scripts/lib/community/scales";

// The benchmark's smoke test: the tiny community lands in this file's fresh
// database, the database phase produces every figure, and the home feed the
// app serves is the one the plain definition gives.

const sizes = scaleSizes("tiny");
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
let generation: GenerationResult;
let subjects: Subjects;

beforeAll(async () => {
  generation = await generateCommunity(process.env.DATABASE_URL!, sizes);
  await client.connect();
  subjects = await pickSubjects(client, 4);
}, 60_000);

afterAll(async () => {
  await client.end();
});

describe("generator", () => {
  it("loads the requested numbers of users, posts, likes, bookmarks, reposts and comments, and about as many follows", () => {
    expect(generation.counts).toMatchObject({
      users: sizes.users,
      posts: sizes.posts,
      likes: sizes.likes,
      bookmarks: sizes.bookmarks,
      reposts: sizes.reposts,
      comments: sizes.comments,
    });
    expect(generation.counts.follows).toBeGreaterThan(sizes.follows * 0.8);
    expect(generation.counts.follows).toBeLessThan(sizes.follows * 1.2);
  });

  it("counts every post's likes, comments and reposts into post_stats, which the load's skipped triggers keep", async () => {
    const { rows } = await client.query<{ wrong: string; counted: string }>(`
      SELECT count(*) FILTER (WHERE coalesce(s.like_count, 0) <> (SELECT count(*) FROM likes AS l WHERE l.post_id = p.id)
                              OR coalesce(s.comment_count, 0) <> (SELECT count(*) FROM comments AS c WHERE c.post_id = p.id)
                              OR coalesce(s.repost_count, 0) <> (SELECT count(*) FROM reposts AS r WHERE r.post_id = p.id)) AS wrong,
             count(s.post_id) AS counted
      FROM posts AS p LEFT JOIN post_stats AS s ON s.post_id = p.id`);
    expect(Number(rows[0]?.wrong)).toBe(0);
    expect(Number(rows[0]?.counted)).toBeGreaterThan(sizes.posts / 2);
  });

  it("gives a skewed follow graph: celebrities followed by half of everyone, a user following many", async () => {
    const { rows } = await client.query<{ max: string }>("SELECT max(count) FROM (SELECT count(*) FROM follows GROUP BY followee_id) AS f");
    expect(Number(rows[0]?.max)).toBeGreaterThan(sizes.users / 2);
    expect(subjects.followingMost.count).toBeGreaterThanOrEqual(sizes.powerFollowerDegree);
  });
});

describe("generator: quotes", () => {
  it("makes up to 3% of posts quotes (targets that are not older are dropped), each of an older post", async () => {
    const { rows } = await client.query<{ quotes: number; older: number }>(
      `SELECT count(*)::int AS quotes, count(*) FILTER (WHERE q.created_at < p.created_at)::int AS older
       FROM posts AS p JOIN posts AS q ON q.id = p.quoted_post_id`,
    );
    expect(rows[0]!.quotes).toBeGreaterThan(sizes.posts * 0.005);
    expect(rows[0]!.quotes).toBeLessThan(sizes.posts * 0.03);
    expect(rows[0]!.older).toBe(rows[0]!.quotes);
  });
});

describe("generator: conversations", () => {
  it("tags about a tenth of the posts, each tag both in the text and in post_tags", async () => {
    const { rows } = await client.query<{ tagged: number; inText: number }>(
      `SELECT count(*)::int AS tagged, count(*) FILTER (WHERE p.text ~ ('#' || t.tag || '( |$)'))::int AS "inText"
       FROM post_tags AS t JOIN posts AS p ON p.id = t.post_id`,
    );
    expect(rows[0]!.tagged).toBeGreaterThan(sizes.posts * 0.05);
    expect(rows[0]!.tagged).toBeLessThan(sizes.posts * 0.15);
    expect(rows[0]!.inText).toBe(rows[0]!.tagged);
  });

  it("mentions other accounts by their usernames, never the author", async () => {
    const { rows } = await client.query<{ mentions: number; named: number; self: number }>(
      `SELECT count(*)::int AS mentions, count(*) FILTER (WHERE p.text ~ ('@' || u.username || '( |$)'))::int AS named,
              count(*) FILTER (WHERE p.author_id = m.user_id)::int AS self
       FROM post_mentions AS m JOIN posts AS p ON p.id = m.post_id JOIN users AS u ON u.id = m.user_id`,
    );
    expect(rows[0]!.mentions).toBeGreaterThan(sizes.posts * 0.02);
    expect(rows[0]!.named).toBe(rows[0]!.mentions);
    expect(rows[0]!.self).toBe(0);
  });

  it("makes replies three levels deep, each after its parent and under the same post", async () => {
    const { rows } = await client.query<{ replies: number; depth: number; early: number }>(
      `SELECT count(r.id)::int AS replies, count(*) FILTER (WHERE r.created_at < c.created_at)::int AS early,
              (SELECT count(*)::int FROM comments AS a JOIN comments AS b ON b.id = a.parent_id
               WHERE b.parent_id IS NOT NULL) AS depth
       FROM comments AS r JOIN comments AS c ON c.id = r.parent_id AND c.post_id = r.post_id`,
    );
    expect(rows[0]!.replies).toBe(sizes.comments - topLevelComments(sizes));
    expect(rows[0]!.early).toBe(0);
    expect(rows[0]!.depth).toBeGreaterThan(0);
  });
});

describe("database phase", () => {
  it("produces every figure for every feed", async () => {
    const results = await runDbPhase(process.env.DATABASE_URL!, subjects, 1);
    expect(results.map((result) => result.kind)).toEqual([
      "home", "home", "home", "home", "home", "home", "explore", "explore", "profile", "profile", "profile", "profile", "tag", "tag", "thread", "thread", "home", "home",
    ]);
    for (const result of results) {
      expect(result.app.queries).toBeGreaterThan(0);
      expect(result.app.wallMs.p50).toBeGreaterThan(0);
      expect(result.app.sqlDatabaseMs.p95).toBeGreaterThan(0);
      for (const statement of result.app.statements) {
        expect(statement.plan.nodes.length).toBeGreaterThan(0);
        expect(Number.isFinite(statement.plan.sharedHitBlocks + statement.plan.rowsScanned)).toBe(true);
      }
      if (result.kind !== "home" || result.name.startsWith(GUARDED_PREFIX)) continue;
      // One OFFSET query, then three per post (a short feed's last page has fewer posts).
      expect(((result.naive?.queries ?? 0) - 1) % 3).toBe(0);
      expect(result.naive?.queries).toBeGreaterThan(1);
      expect(result.raw?.samePage).toBe(true);
      expect(result.designs?.recentWalk.plan.nodes.length).toBeGreaterThan(0);
      expect(result.designs?.accountMerge.rows).toBeGreaterThan(0);
      expect(result.ratios.naiveOverApp).toBeGreaterThan(0);
      expect(result.ratios.appOverRaw).toBeGreaterThan(0);
    }
    // The tiny community's busiest tag has a page or so, and its top reposter (a handful of reposts and
    // whatever they posted) may have a single page too: every other feed is read deep.
    const mayBeShort = (result: (typeof results)[number]) => result.kind === "tag" || result.name.startsWith("profile with reposts");
    expect(results.filter((result) => !mayBeShort(result) && result.pages > 0).length).toBe(7);
    // Blocks, mutes and muted words are filters inside the same statements, not extra ones.
    const guarded = results.filter((result) => result.name.startsWith(GUARDED_PREFIX)).map((result) => result.app.queries);
    expect(guarded).toEqual(results.slice(0, 2).map((result) => result.app.queries));
    // …and the lists are gone afterwards: the HTTP phase measures the generated community.
    const { rows } = await client.query<{ rows: number }>(
      "SELECT (SELECT count(*) FROM blocks) + (SELECT count(*) FROM mutes) + (SELECT count(*) FROM muted_words) AS rows",
    );
    expect(Number(rows[0]?.rows)).toBe(0);
    // A block deletes the follows, likes and reposts between the two accounts (blocks_remove_ties):
    // the lists are drawn where there are none, so the community is still the one generated.
    const { follows, likes, reposts } = await countRows(client);
    expect({ follows, likes, reposts }).toEqual({ follows: generation.counts.follows, likes: generation.counts.likes, reposts: generation.counts.reposts });
  }, 30_000);
});

describe("home feed correctness", () => {
  it.each(["following500", "followingMost", "sparseReader"] as const)(
    "equals the posts of followees and self, newest first, for %s on the first page and after one cursor",
    async (subject) => {
      const viewer = subjects[subject].id;
      const first = await listHomeFeed(viewer);
      expect(first.items.map((post) => post.id)).toEqual((await referenceFeed(client, "home", viewer, 0, PAGE_SIZE)).map((row) => row.id));
      expect(first.nextCursor).not.toBeNull();
      const second = await listHomeFeed(viewer, first.nextCursor);
      expect(second.items.map((post) => post.id)).toEqual((await referenceFeed(client, "home", viewer, PAGE_SIZE, PAGE_SIZE)).map((row) => row.id));
    },
  );
});
