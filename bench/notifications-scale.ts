// Notifications at scale (issue 15): database time of the notifications page and the unread
// count for one person with about 100,000 notifications, on a fresh embedded PostgreSQL.
//   npx tsx bench/notifications-scale.ts [runs]
// Each statement is run `runs` times (default 300) under EXPLAIN ANALYZE; the report gives
// the p50 and p95 of PostgreSQL's own execution time, and the buffers a page touched.
import { Prisma } from "@/lib/generated/prisma/client";
import { notificationsStatement, unreadCountStatement } from "@/lib/notifications/queries";
import { decodeCursor } from "@/lib/pagination/cursor";
import { createDatabase, withClient } from "@/scripts/lib/database";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { runPrisma } from "@/scripts/lib/prisma-cli";
import { summarize } from "./stats";

const RUNS = Number(process.argv[2] ?? 300);
const FANS = 2_000;
const POSTS = 5_000;
/** Days on which each post is liked, twice a day: POSTS × LIKE_DAYS like groups. */
const LIKE_DAYS = 20;
const SUSPENDED = 10;

const GENERATE = `
  INSERT INTO users (id, username, email, password_hash, display_name, updated_at, notifications_read_at)
  SELECT 'u' || n, 'fan_' || n, 'fan_' || n || '@example.test', 'x', 'Fan ' || n, now(), now()
  FROM generate_series(0, ${FANS}) AS n;
  UPDATE users SET username = 'reader', display_name = 'Reader' WHERE id = 'u0';
  INSERT INTO posts (id, author_id, text, created_at)
  SELECT 'p' || n, 'u0', 'Post number ' || n, now() - interval '120 days' + n * interval '1 minute'
  FROM generate_series(1, ${POSTS}) AS n;
  INSERT INTO likes (user_id, post_id, created_at)
  SELECT 'u' || (1 + (n * 7 + d * 2 + k) % ${FANS}), 'p' || n,
         now() - interval '120 days' + n * interval '1 minute' + d * interval '1 day' + k * interval '1 minute'
  FROM generate_series(1, ${POSTS}) AS n, generate_series(0, ${LIKE_DAYS - 1}) AS d, generate_series(0, 1) AS k;
  INSERT INTO comments (id, post_id, author_id, text, created_at)
  SELECT 'c' || n, 'p' || n, 'u' || (1 + n % ${FANS}), 'Comment ' || n, now() - interval '100 days' + n * interval '10 minutes'
  FROM generate_series(1, ${POSTS}) AS n;
  -- Every tenth comment also names the reader: its comment line is under Mentions too.
  INSERT INTO comment_mentions (comment_id, user_id) SELECT 'c' || n, 'u0' FROM generate_series(10, ${POSTS}, 10) AS n;
  INSERT INTO follows (follower_id, followee_id, created_at)
  SELECT 'u' || n, 'u0', now() - interval '100 days' + n * interval '1 hour' FROM generate_series(1, ${FANS}) AS n;
  UPDATE users SET suspended_at = now() WHERE id IN (SELECT 'u' || n FROM generate_series(1, ${SUSPENDED}) AS n);
`;

const LONG_LISTS = `
  INSERT INTO users (id, username, email, password_hash, display_name, updated_at)
  SELECT 'x' || n, 'listed_' || n, 'listed_' || n || '@example.test', 'x', 'Listed ' || n, now() FROM generate_series(1, 2000) AS n;
  INSERT INTO blocks (blocker_id, blocked_id) SELECT 'u0', 'x' || n FROM generate_series(1, 1000) AS n;
  INSERT INTO mutes (muter_id, muted_id) SELECT 'u0', 'x' || n FROM generate_series(1001, 2000) AS n;
  INSERT INTO mutes (muter_id, muted_id) SELECT 'u0', 'u' || n FROM generate_series(${SUSPENDED + 1}, ${SUSPENDED + 10}) AS n;
`;

/**
 * An account that did a great deal (the suspension signal of migration 20261206120000):
 * 100,000 likes and 10,000 reposts of fans' posts, 2,000 follows and 10,000 comments on the
 * reader's posts. Suspending it signals everyone those actions notified.
 */
const BUSY_POSTS = 100_000;
const BUSY_ACCOUNT = `
  INSERT INTO users (id, username, email, password_hash, display_name, updated_at)
  VALUES ('busy', 'busy', 'busy@example.test', 'x', 'Busy', now());
  INSERT INTO posts (id, author_id, text, created_at)
  SELECT 'f' || n, 'u' || (1 + n % ${FANS}), 'Fan post ' || n, now() - interval '90 days' + n * interval '1 minute'
  FROM generate_series(1, ${BUSY_POSTS}) AS n;
  INSERT INTO likes (user_id, post_id, created_at) SELECT 'busy', 'f' || n, now() - interval '30 days' + n * interval '1 second'
  FROM generate_series(1, ${BUSY_POSTS}) AS n;
  INSERT INTO reposts (user_id, post_id, created_at) SELECT 'busy', 'f' || n, now() - interval '30 days' + n * interval '1 second'
  FROM generate_series(1, ${BUSY_POSTS}, 10) AS n;
  INSERT INTO follows (follower_id, followee_id, created_at) SELECT 'busy', 'u' || n, now() - interval '30 days' FROM generate_series(1, ${FANS}) AS n;
  INSERT INTO comments (id, post_id, author_id, text, created_at)
  SELECT 'bc' || n, 'p' || (1 + n % ${POSTS}), 'busy', 'Busy comment ' || n, now() - interval '20 days' + n * interval '1 minute'
  FROM generate_series(1, 10000) AS n;
`;

type Plan = { "Execution Time": number; Plan: { "Shared Hit Blocks": number; "Shared Read Blocks": number } };

async function measure(client: import("pg").Client, statement: Prisma.Sql) {
  if (process.env.SHOW_PLANS) {
    const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values);
    console.log(plan.rows.map((row) => row["QUERY PLAN"]).join("\n"));
  }
  const times: number[] = [];
  let blocks = 0;
  for (let run = 0; run < RUNS; run++) {
    const result = await client.query<{ "QUERY PLAN": Plan[] }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.text}`, statement.values);
    const [plan] = result.rows[0]!["QUERY PLAN"];
    times.push(plan!["Execution Time"]);
    blocks = plan!.Plan["Shared Hit Blocks"] + plan!.Plan["Shared Read Blocks"];
  }
  return { ...summarize(times), blocks };
}

/** PostgreSQL's own time for a write, its triggers included. */
async function executionMs(client: import("pg").Client, statement: string): Promise<number> {
  const result = await client.query<{ "QUERY PLAN": Plan[] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement}`);
  return result.rows[0]!["QUERY PLAN"][0]!["Execution Time"];
}

const postgres = await startEmbeddedPostgres();
try {
  const url = await createDatabase(postgres.serverUrl, "notifications_bench");
  await runPrisma(["migrate", "deploy"], url, { quiet: true });
  await withClient(url, async (client) => {
    const started = Date.now();
    await client.query(GENERATE);
    // As autovacuum leaves a table in use: statistics, and the visibility map index-only scans need.
    await client.query("VACUUM ANALYZE");
    const { rows } = await client.query<{ groups: number }>("SELECT count(*)::int AS groups FROM notification_groups WHERE recipient_id = 'u0'");
    console.log(`generated ${rows[0]!.groups} notification groups for one reader in ${((Date.now() - started) / 1000).toFixed(0)} s`);

    // The cursor 50 pages down, walked as a reader would.
    let cursor = null;
    for (let page = 0; page < 50; page++) {
      const statement = notificationsStatement("u0", "all", cursor);
      const result = await client.query<{ latestAt: Date; id: string }>(statement.text, statement.values);
      const last = result.rows[20 - 1]!;
      cursor = decodeCursor(Buffer.from(JSON.stringify([last.latestAt.toISOString(), last.id])).toString("base64url"));
    }

    const report: Record<string, unknown> = {};
    report["page 1"] = await measure(client, notificationsStatement("u0", "all", null));
    report["page 51"] = await measure(client, notificationsStatement("u0", "all", cursor));
    report["Mentions, page 1"] = await measure(client, notificationsStatement("u0", "mentions", null));
    await client.query("UPDATE users SET notifications_read_at = now() - interval '1 year' WHERE id = 'u0'");
    report["unread count (99+ unread)"] = await measure(client, unreadCountStatement("u0"));
    await client.query("UPDATE users SET notifications_read_at = now() WHERE id = 'u0'");
    report["unread count (none unread)"] = await measure(client, unreadCountStatement("u0"));

    // Issue 16's heavy reader: 1,000 accounts blocked and 1,000 muted who never acted, and 10 fans muted.
    await client.query(LONG_LISTS);
    await client.query("VACUUM ANALYZE");
    const lists = "1,000 blocks, 1,010 mutes";
    report[`page 1 (${lists})`] = await measure(client, notificationsStatement("u0", "all", null));
    report[`page 51 (${lists})`] = await measure(client, notificationsStatement("u0", "all", cursor));
    await client.query("UPDATE users SET notifications_read_at = now() - interval '1 year' WHERE id = 'u0'");
    report[`unread count (99+ unread, ${lists})`] = await measure(client, unreadCountStatement("u0"));

    // Suspending and restoring the busy account: the admin's one statement, its triggers included.
    await client.query(BUSY_ACCOUNT);
    await client.query("VACUUM ANALYZE");
    const suspension: number[] = [];
    const restoration: number[] = [];
    for (let run = 0; run < Math.min(RUNS, 20); run++) {
      suspension.push(await executionMs(client, "UPDATE users SET suspended_at = now() WHERE id = 'busy'"));
      restoration.push(await executionMs(client, "UPDATE users SET suspended_at = NULL WHERE id = 'busy'"));
    }
    report["suspending an account of 100,000 likes"] = summarize(suspension);
    report["restoring it"] = summarize(restoration);
    console.table(report);
  });
} finally {
  await postgres.stop();
}
