import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountShown } from "@/lib/moderation/visibility";
import type { Cursor } from "@/lib/pagination/cursor";
import { quoteCardColumnsSql } from "./quotes";

/**
 * How many of the newest posts (below the cursor) the home feed looks through
 * for posts by the people the viewer follows, before it asks each followed
 * account for its latest posts instead. 4,000 index entries take well under a
 * millisecond to read (see BENCHMARKS.md).
 */
export const RECENT_WINDOW = 4_000;

function belowCursor(cursor: Cursor | null) {
  return cursor ? Prisma.sql`AND (p.created_at, p.id) < (${cursor.createdAt}, ${cursor.id})` : Prisma.empty;
}

/**
 * Design 1, for viewers whose feed is dense (they follow active or many
 * accounts): walk everyone's posts newest first through posts_created_idx,
 * which carries author_id, and keep those by the viewer or a followee. The
 * walk stops after RECENT_WINDOW posts, so a sparse feed cannot make it read
 * the whole table; the cost is the same at any depth.
 */
function followedAmongRecentSql(viewerId: string, cursor: Cursor | null, limit: number, window: number) {
  return Prisma.sql`
    SELECT recent.id, recent.created_at AS "createdAt"
    FROM (SELECT p.id, p.created_at, p.author_id FROM posts AS p
          WHERE TRUE ${belowCursor(cursor)}
          ORDER BY p.created_at DESC, p.id DESC
          LIMIT ${window}) AS recent
    WHERE (recent.author_id = ${viewerId}
           OR recent.author_id IN (SELECT followee_id FROM follows WHERE follower_id = ${viewerId}))
      AND ${accountShown("recent.author_id")}
    ORDER BY recent.created_at DESC, recent.id DESC
    LIMIT ${limit}`;
}

/**
 * Design 2, for sparse feeds: the latest `limit` posts of each followed
 * account (one probe of posts_author_created_idx each), merged. Its cost grows
 * with the number of accounts followed, not with how rarely they post.
 */
function latestOfEachFollowedSql(viewerId: string, cursor: Cursor | null, limit: number) {
  return Prisma.sql`
    SELECT latest.id, latest.created_at AS "createdAt"
    FROM (SELECT ${viewerId}::text AS author_id
          UNION ALL SELECT followee_id FROM follows WHERE follower_id = ${viewerId}) AS followed
    CROSS JOIN LATERAL (SELECT p.id, p.created_at FROM posts AS p
                        WHERE p.author_id = followed.author_id AND ${accountShown("followed.author_id")} ${belowCursor(cursor)}
                        ORDER BY p.created_at DESC, p.id DESC
                        LIMIT ${limit}) AS latest
    ORDER BY latest.created_at DESC, latest.id DESC
    LIMIT ${limit}`;
}

/** Each design on its own, for the benchmark's comparison of the two. */
export const followedAmongRecent = (...args: Parameters<typeof followedAmongRecentSql>) => db.$queryRaw<unknown[]>(followedAmongRecentSql(...args));
export const latestOfEachFollowed = (...args: Parameters<typeof latestOfEachFollowedSql>) => db.$queryRaw<unknown[]>(latestOfEachFollowedSql(...args));

/**
 * SQL for the ids and positions (`id`, `"createdAt"`) of the next `limit`
 * posts of the viewer's home feed (their own posts and those of the accounts
 * they follow), newest first. A full page from the recent window is exactly
 * the answer: any other followed post is older than all of them. Otherwise
 * the feed is sparse and the per-account merge answers instead. Both are one
 * statement: the merge sits behind a condition on the walk's row count, which
 * PostgreSQL checks once (a "One-Time Filter"), so it runs only when needed.
 */
export function homeFeedPositionsSql(viewerId: string, cursor: Cursor | null, limit: number, recentWindow = RECENT_WINDOW) {
  return Prisma.sql`
    WITH walked AS (${followedAmongRecentSql(viewerId, cursor, limit, recentWindow)})
    SELECT id, "createdAt" FROM walked WHERE (SELECT count(*) FROM walked) = ${limit}
    UNION ALL
    SELECT merged.id, merged."createdAt" FROM (${latestOfEachFollowedSql(viewerId, cursor, limit)}) AS merged
    WHERE (SELECT count(*) FROM walked) < ${limit}`;
}

/**
 * One page of home-feed cards in one statement: the positions above, then
 * for those posts only what a card shows (author, images in order, counts
 * minus those of suspended accounts, "liked by me", "bookmarked by me"), the same fields as the
 * other feeds' Prisma select (lib/posts/queries.ts), newest first.
 */
export function homeFeedCardsSql(viewerId: string, cursor: Cursor | null, limit: number, recentWindow = RECENT_WINDOW) {
  return Prisma.sql`
    WITH page AS (${homeFeedPositionsSql(viewerId, cursor, limit, recentWindow)})
    SELECT p.id, p.text, p.created_at AS "createdAt", p.edited_at AS "editedAt",
           json_build_object('id', u.id, 'username', u.username, 'displayName', u.display_name,
                             'avatarKey', u.avatar_key, 'role', u.role) AS author,
           coalesce((SELECT json_agg(json_build_object('id', i.id, 'fileKey', i.file_key, 'width', i.width,
                                                       'height', i.height, 'alt', i.alt) ORDER BY i.position)
                     FROM post_images AS i WHERE i.post_id = p.id), '[]'::json) AS images,
           (SELECT count(*) FROM likes AS l WHERE l.post_id = p.id)::int - p.hidden_like_count AS "likeCount",
           (SELECT count(*) FROM comments AS c WHERE c.post_id = p.id)::int - p.hidden_comment_count AS "commentCount",
           EXISTS (SELECT 1 FROM likes AS l WHERE l.post_id = p.id AND l.user_id = ${viewerId}) AS "likedByViewer",
           EXISTS (SELECT 1 FROM bookmarks AS b WHERE b.user_id = ${viewerId} AND b.post_id = p.id) AS "bookmarkedByViewer",
           ${quoteCardColumnsSql}
    FROM page
    JOIN posts AS p ON p.id = page.id
    JOIN users AS u ON u.id = p.author_id
    ORDER BY p.created_at DESC, p.id DESC`;
}
