import type pg from "pg";
import { z } from "zod";
import { db } from "@/lib/db";
import { keptPlanStatementName } from "@/lib/db-sql";
import { PAGE_SIZE, decodeCursor } from "@/lib/pagination/cursor";
import { homeFeedCardsSql } from "@/lib/posts/home-feed";
import { FEED_ENTRIES } from "./reference-feed";

// Two yardsticks for listHomeFeed at the same depth: what the app would cost
// without its care (offset pages, N+1), and what the same statement costs
// through a bare pg client. The app runs it through pg too (lib/db.ts,
// queryKeptPlan), on its pool and with its row checks: issue 11 asked that the
// page cost at most 1.5× the raw statement, which Prisma's $queryRaw did not.

/**
 * The naive home feed: OFFSET pagination over the feed's plain definition
 * (reference-feed.ts), then one query per post for its author, its like count
 * and its comment count (1 + 3 × 20 statements).
 */
export async function naiveHomeFeed(viewerId: string, pages: number) {
  const posts = z.array(z.object({ id: z.string(), authorId: z.string() })).parse(
    await db.$queryRawUnsafe(
      `SELECT entries.id, p.author_id AS "authorId" FROM (${FEED_ENTRIES.home}) AS entries JOIN posts AS p ON p.id = entries.id
       ORDER BY entries.created_at DESC, entries.id DESC OFFSET $2 LIMIT $3`,
      viewerId,
      pages * PAGE_SIZE,
      PAGE_SIZE,
    ),
  );
  const cards = [];
  for (const post of posts) {
    const author = await db.user.findUnique({ where: { id: post.authorId }, select: { id: true, username: true, displayName: true, avatarKey: true } });
    const likeCount = await db.like.count({ where: { postId: post.id } });
    const commentCount = await db.comment.count({ where: { postId: post.id } });
    cards.push({ ...post, author, likeCount, commentCount });
  }
  return cards;
}

/**
 * The same page as listHomeFeed, through a bare `pg` client: the app's own
 * statement (lib/posts/home-feed.ts, posts and reposts, cards and all), so the
 * comparison measures what the app adds around it and nothing else.
 */
export type RawFeedRow = { id: string; likeCount: number; commentCount: number; repostCount: number };

export function rawHomeFeedQuery(viewerId: string, cursorToken: string | null) {
  const statement = homeFeedCardsSql(viewerId, decodeCursor(cursorToken), PAGE_SIZE + 1);
  return { sql: statement.text, params: statement.values };
}

/** Through a bare `pg` client, one home page as the app reads it: one statement. */
export async function rawHomeFeed(client: pg.ClientBase, viewerId: string, cursorToken: string | null) {
  const statement = rawHomeFeedQuery(viewerId, cursorToken);
  // Named as the app names it, so that this connection keeps the plan as the app's do.
  const name = keptPlanStatementName(statement.sql) || undefined;
  return { rows: (await client.query<RawFeedRow>({ name, text: statement.sql, values: statement.params })).rows, statement };
}
