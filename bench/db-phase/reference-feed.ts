import type pg from "pg";
import { encodeCursor } from "@/lib/pagination/cursor";

export type FeedKind = "home" | "explore" | "profile" | "tag" | "thread";

export type FeedRow = { id: string; created_at: Date };

/**
 * The feeds as the product defines them, in the plainest SQL: the yardstick
 * for correctness and for finding a cursor deep in a feed. `$1` is the viewer
 * (home), the author (profile), the tag (tag) or the post (thread: its top-level comments). A feed's entries are its posts at their own time, and for home and
 * profile the posts reposted by the same accounts at the newest such repost,
 * each post once, none by or of a suspended account; `created_at` is the
 * entry's time, which cursors carry.
 */
export const FEED_ENTRIES: Record<FeedKind, string> = {
  home: `WITH followed AS (SELECT $1::text AS id UNION SELECT followee_id FROM follows WHERE follower_id = $1)
         SELECT sources.id, max(sources.at) AS created_at
         FROM (SELECT p.id, p.created_at AS at FROM posts AS p WHERE p.author_id IN (SELECT id FROM followed)
               UNION ALL SELECT r.post_id, r.created_at FROM reposts AS r WHERE r.user_id IN (SELECT id FROM followed)
                 AND (SELECT u.suspended_at FROM users AS u WHERE u.id = r.user_id) IS NULL) AS sources
         JOIN posts AS p ON p.id = sources.id JOIN users AS a ON a.id = p.author_id
         WHERE a.suspended_at IS NULL GROUP BY sources.id`,
  explore: `SELECT p.id, p.created_at FROM posts AS p JOIN users AS a ON a.id = p.author_id WHERE a.suspended_at IS NULL AND $1::text IS NOT NULL`,
  profile: `SELECT sources.id, max(sources.at) AS created_at
            FROM (SELECT p.id, p.created_at AS at FROM posts AS p WHERE p.author_id = $1
                  UNION ALL SELECT r.post_id, r.created_at FROM reposts AS r WHERE r.user_id = $1) AS sources
            JOIN posts AS p ON p.id = sources.id JOIN users AS a ON a.id = p.author_id
            WHERE a.suspended_at IS NULL GROUP BY sources.id`,
  tag: `SELECT t.post_id AS id, t.created_at FROM post_tags AS t JOIN posts AS p ON p.id = t.post_id
        JOIN users AS a ON a.id = p.author_id WHERE t.tag = $1 AND a.suspended_at IS NULL`,
  thread: `SELECT c.id, c.created_at FROM comments AS c JOIN users AS a ON a.id = c.author_id
           WHERE c.post_id = $1 AND c.parent_id IS NULL AND c.deleted_at IS NULL AND a.suspended_at IS NULL`,
};

/** Feeds read newest first, except a conversation, which reads oldest first. */
const ORDER: Record<FeedKind, string> = {
  home: "created_at DESC, id DESC",
  explore: "created_at DESC, id DESC",
  profile: "created_at DESC, id DESC",
  tag: "created_at DESC, id DESC",
  thread: "created_at, id",
};

/** Rows `offset`.. `offset + limit - 1` of a feed, in its order (ORDER), ties by id. */
export async function referenceFeed(client: pg.ClientBase, kind: FeedKind, subjectId: string, offset: number, limit: number) {
  const { rows } = await client.query<FeedRow>(
    `SELECT id, created_at FROM (${FEED_ENTRIES[kind]}) AS entries
     ORDER BY ${ORDER[kind]} OFFSET $2 LIMIT $3`,
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
    `SELECT count(*) FROM (SELECT 1 FROM (${FEED_ENTRIES[kind]}) AS entries LIMIT $2) AS feed`,
    [subjectId, pages * pageSize + 1],
  );
  const available = Math.floor((Number(rows[0]?.count ?? 0) - 1) / pageSize);
  const depth = Math.max(0, Math.min(pages, available));
  if (depth === 0) return { pages: 0, cursor: null };
  const [last] = await referenceFeed(client, kind, subjectId, depth * pageSize - 1, 1);
  return { pages: depth, cursor: last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null };
}
