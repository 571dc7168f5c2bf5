import type pg from "pg";
import { db } from "@/lib/db";
import { PAGE_SIZE, decodeCursor } from "@/lib/pagination/cursor";
import { RECENT_WINDOW } from "@/lib/posts/home-feed";

// Two yardsticks for listHomeFeed at the same depth: what the app would cost
// without its care (offset pages, N+1), and what the same page costs without
// Prisma (one hand-written statement through pg).

/**
 * The naive home feed: OFFSET pagination, then one query per post for its
 * author, its like count and its comment count (1 + 3 × 20 statements).
 */
export async function naiveHomeFeed(viewerId: string, pages: number) {
  const posts = await db.post.findMany({
    where: { OR: [{ authorId: viewerId }, { author: { followers: { some: { followerId: viewerId } } } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: pages * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { id: true, text: true, createdAt: true, authorId: true },
  });
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
 * The same page as listHomeFeed (posts, author, counts, liked-by-viewer,
 * images), hand-written and in one statement like the app's: the same choice
 * of posts as lib/posts/home-feed.ts (recent walk, else per-account merge,
 * behind a check of the walk's row count), each with per-row subqueries that
 * read only the page's likes and comments.
 */
const FOLLOWED = "SELECT followee_id FROM follows WHERE follower_id = $1";
const shown = (column: string) => `(SELECT u.suspended_at FROM users AS u WHERE u.id = ${column}) IS NULL`;

const RECENT_WALK = `
    SELECT recent.id, recent.text, recent.created_at, recent.author_id
    FROM (SELECT p.id, p.text, p.created_at, p.author_id FROM posts AS p
          WHERE ($2::timestamptz IS NULL OR (p.created_at, p.id) < ($2::timestamptz, $3::text))
          ORDER BY p.created_at DESC, p.id DESC LIMIT $5) AS recent
    WHERE (recent.author_id = $1 OR recent.author_id IN (${FOLLOWED})) AND ${shown("recent.author_id")}
    ORDER BY recent.created_at DESC, recent.id DESC LIMIT $4`;

const ACCOUNT_MERGE = `
    SELECT latest.id, latest.text, latest.created_at, latest.author_id
    FROM (SELECT $1::text AS author_id UNION ALL ${FOLLOWED}) AS followed
    CROSS JOIN LATERAL (SELECT p.id, p.text, p.created_at, p.author_id FROM posts AS p
                        WHERE p.author_id = followed.author_id AND ${shown("followed.author_id")}
                          AND ($2::timestamptz IS NULL OR (p.created_at, p.id) < ($2::timestamptz, $3::text))
                        ORDER BY p.created_at DESC, p.id DESC LIMIT $4) AS latest
    ORDER BY latest.created_at DESC, latest.id DESC LIMIT $4`;

const WALK_ELSE_MERGE = `
    WITH walked AS (${RECENT_WALK})
    SELECT * FROM walked WHERE (SELECT count(*) FROM walked) = $4
    UNION ALL
    SELECT * FROM (${ACCOUNT_MERGE}) AS merged WHERE (SELECT count(*) FROM walked) < $4`;

const CARDS = `
  WITH page AS (${WALK_ELSE_MERGE})
  SELECT page.id, page.text, page.created_at,
         json_build_object('id', u.id, 'username', u.username, 'displayName', u.display_name, 'avatarKey', u.avatar_key, 'role', u.role) AS author,
         (SELECT count(*) FROM likes AS l WHERE l.post_id = page.id) AS like_count,
         (SELECT count(*) FROM comments AS c WHERE c.post_id = page.id) AS comment_count,
         EXISTS (SELECT 1 FROM likes AS l WHERE l.post_id = page.id AND l.user_id = $1) AS liked_by_viewer,
         coalesce((SELECT json_agg(json_build_object('id', i.id, 'fileKey', i.file_key, 'width', i.width, 'height', i.height, 'alt', i.alt) ORDER BY i.position)
                   FROM post_images AS i WHERE i.post_id = page.id), '[]') AS images
  FROM page JOIN users AS u ON u.id = page.author_id
  ORDER BY page.created_at DESC, page.id DESC`;

export type RawFeedRow = { id: string; like_count: string; comment_count: string };

export function rawHomeFeedQuery(viewerId: string, cursorToken: string | null) {
  const cursor = decodeCursor(cursorToken);
  return { sql: CARDS, params: [viewerId, cursor?.createdAt.toISOString() ?? null, cursor?.id ?? null, PAGE_SIZE + 1, RECENT_WINDOW] };
}

/** Through `pg`, one home page as the app reads it through Prisma: one statement. */
export async function rawHomeFeed(client: pg.ClientBase, viewerId: string, cursorToken: string | null) {
  const statement = rawHomeFeedQuery(viewerId, cursorToken);
  return { rows: (await client.query<RawFeedRow>(statement.sql, statement.params)).rows, statement };
}
