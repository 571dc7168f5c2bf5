import type pg from "pg";
import { encodeCursor } from "@/lib/pagination/cursor";

export type FeedKind = "home" | "explore" | "profile";

/**
 * The feeds as the product defines them, in the plainest SQL: the yardstick
 * for correctness and for finding a cursor deep in a feed. `$1` is the viewer
 * (home) or the author (profile).
 */
const FEED_FILTER: Record<FeedKind, string> = {
  home: "author_id = $1 OR author_id IN (SELECT followee_id FROM follows WHERE follower_id = $1)",
  explore: "$1::text IS NOT NULL",
  profile: "author_id = $1",
};

export type FeedRow = { id: string; created_at: Date };

/** Rows `offset`.. `offset + limit - 1` of a feed, newest first, ties by id. */
export async function referenceFeed(client: pg.ClientBase, kind: FeedKind, subjectId: string, offset: number, limit: number) {
  const { rows } = await client.query<FeedRow>(
    `SELECT id, created_at FROM posts WHERE ${FEED_FILTER[kind]}
     ORDER BY created_at DESC, id DESC OFFSET $2 LIMIT $3`,
    [subjectId, offset, limit],
  );
  return rows;
}

export type DeepPosition = { pages: number; cursor: string | null };

/**
 * The cursor a reader holds after `pages` pages, or after as many as the feed
 * has when it is shorter (small scales): the last row of the last full page.
 */
export async function cursorAfterPages(client: pg.ClientBase, kind: FeedKind, subjectId: string, pages: number, pageSize: number): Promise<DeepPosition> {
  const { rows } = await client.query<{ count: string }>(
    `SELECT count(*) FROM (SELECT 1 FROM posts WHERE ${FEED_FILTER[kind]} LIMIT $2) AS feed`,
    [subjectId, pages * pageSize + 1],
  );
  const available = Math.floor((Number(rows[0]?.count ?? 0) - 1) / pageSize);
  const depth = Math.max(0, Math.min(pages, available));
  if (depth === 0) return { pages: 0, cursor: null };
  const [last] = await referenceFeed(client, kind, subjectId, depth * pageSize - 1, 1);
  return { pages: depth, cursor: last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null };
}
