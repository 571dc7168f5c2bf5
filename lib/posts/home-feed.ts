import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountShown } from "@/lib/moderation/visibility";
import type { Cursor } from "@/lib/pagination/cursor";

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
export function followedAmongRecent(viewerId: string, cursor: Cursor | null, limit: number, window: number) {
  return db.$queryRaw<Cursor[]>`
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
export function latestOfEachFollowed(viewerId: string, cursor: Cursor | null, limit: number) {
  return db.$queryRaw<Cursor[]>`
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

/**
 * The ids and positions of the next `limit` posts of the viewer's home feed
 * (their own posts and those of the accounts they follow), newest first.
 * A full page from the recent window is exactly the answer: any other
 * followed post is older than all of them. Otherwise the feed is sparse and
 * the per-account merge answers instead.
 */
export async function homeFeedPositions(
  viewerId: string,
  cursor: Cursor | null,
  limit: number,
  recentWindow = RECENT_WINDOW,
): Promise<Cursor[]> {
  const recent = await followedAmongRecent(viewerId, cursor, limit, recentWindow);
  if (recent.length === limit) return recent;
  return latestOfEachFollowed(viewerId, cursor, limit);
}
