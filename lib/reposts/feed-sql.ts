import { cursorPlaceSql, olderThanSql, rowCountSql } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountShown } from "@/lib/moderation/visibility";
import type { Cursor } from "@/lib/pagination/cursor";
import {
  type SignedInViewer,
  type Viewer,
  notBlockedWithSql,
  notMutedBySql,
  postByIdHasNoMutedWordSql,
  postRowInFeedsOfSql,
} from "@/lib/safety/visibility";

// The SQL by which reposts enter feeds. A feed entry is a post at its newest
// position: its own time, or the time of the newest repost that brings it to
// this feed. Pages are cut at (entry time, post id). A post whose entry lies at
// or above the cursor was on an earlier page, so its older sources (the post
// itself, earlier reposts) must not bring it back below the cursor:
// `notRepostedSince` leaves it out, before any LIMIT, so pages stay full.

/** SQL: the ids of the accounts the viewer follows (the home feed's viewer is `opaqueTextSql`, lib/posts/home-feed.ts). */
export function followeesOfSql(viewerId: SignedInViewer): Prisma.Sql {
  return Prisma.sql`SELECT followee_id FROM follows WHERE follower_id = ${viewerId}`;
}

/**
 * SQL: whether the account in `column` is one the viewer follows, for a walk's
 * many rows: a hash of all the viewer's follows, built once, or, when
 * `followsMany` (an uncorrelated boolean subquery) is true, a probe of
 * follows_pkey per row. A reader of thousands of accounts fills a page within
 * a few hundred rows, and probing them costs less than hashing every follow
 * (BENCHMARKS.md, session 13). PostgreSQL builds the hash only when it is used.
 * The probe is a scalar subquery, because PostgreSQL turned an EXISTS into the same hash.
 */
export function followedSql(viewerId: SignedInViewer, column: string, followsMany: Prisma.Sql): Prisma.Sql {
  const account = Prisma.raw(column);
  return Prisma.sql`CASE WHEN ${followsMany}
    THEN (SELECT 1 FROM follows AS followed WHERE followed.follower_id = ${viewerId} AND followed.followee_id = ${account}) IS NOT NULL
    ELSE ${account} IN (${followeesOfSql(viewerId)}) END`;
}

/**
 * How many of the viewer's follows go into a hash for the cost of one probe of
 * follows_pkey: hashing 500 follows took about as long as 50 probes on the
 * large community (BENCHMARKS.md, session 21).
 */
export const FOLLOWS_HASHED_PER_PROBE = 10;

/**
 * SQL: whether the repost `r` of a card's post is by the viewer or by an account they follow and
 * have not muted, for the card's "… reposted" line. A probe of follows_pkey for each repost costs
 * least for most posts; a post with more than a tenth as many reposts as the viewer has follows
 * (`repostCount`, `followsCount`: SQL) is checked against one hash of the viewer's follows
 * instead, built once for the statement. On the large community one card of a post with 629
 * reposts read 2,625 buffers in probes, more than the rest of its page.
 */
export function followedOrSelfReposterSql(viewerId: SignedInViewer, counts: { repostCount: Prisma.Sql; followsCount: Prisma.Sql }): Prisma.Sql {
  const fewReposts = Prisma.sql`(${counts.repostCount} * ${FOLLOWS_HASHED_PER_PROBE} <= ${counts.followsCount})`;
  return Prisma.sql`(r.user_id = ${viewerId}
    OR (${followedSql(viewerId, "r.user_id", fewReposts)} AND ${notMutedBySql(viewerId, "r.user_id")}))`;
}

/**
 * SQL: whether the account in `column` is the viewer or one they follow and have
 * not muted, as a probe of the follows primary key: for the few reposts of a post
 * that the walks' newer-repost checks look at, a probe each costs less than
 * hashing all of the viewer's follows (5,000 for the heaviest readers).
 */
function followedOrSelfProbe(viewerId: SignedInViewer, column: string): Prisma.Sql {
  const account = Prisma.raw(column);
  return Prisma.sql`(${account} = ${viewerId}
    OR (EXISTS (SELECT 1 FROM follows AS followed WHERE followed.follower_id = ${viewerId} AND followed.followee_id = ${account})
        AND ${notMutedBySql(viewerId, column)}))`;
}

/** SQL: whether the post whose id is in `column` is shown (its author is not suspended). */
export function postShown(column: string): Prisma.Sql {
  return accountShown(`(SELECT author.author_id FROM posts AS author WHERE author.id = ${column})`);
}

/** SQL: the post whose id is in `column` is shown (`postShown`) and belongs in the viewer's feeds (lib/safety), in one primary-key probe of posts. */
function postShownInFeedsOf(viewerId: SignedInViewer, column: string): Prisma.Sql {
  return Prisma.sql`coalesce((SELECT ${accountShown("feed_post.author_id")} AND ${postRowInFeedsOfSql(viewerId, "feed_post")}
                              FROM posts AS feed_post WHERE feed_post.id = ${Prisma.raw(column)}), FALSE)`;
}

/**
 * SQL (`AND …`, or nothing on a first page): the post in `postIdColumn` has
 * no shown repost by `reposters` (a condition on `later.user_id`) at or above
 * the cursor. Probes reposts_post_created_idx from the cursor's time up, for
 * each row that reaches it: a scalar subquery, which PostgreSQL never turns
 * into a hash of every repost above the cursor (as it did with NOT EXISTS
 * inside a CASE: 27,000 buffers for a page 50 deep).
 */
export function notRepostedSince(cursor: Cursor | null, postIdColumn: string, reposters: Prisma.Sql): Prisma.Sql {
  if (!cursor) return Prisma.empty;
  const post = Prisma.raw(postIdColumn);
  return Prisma.sql`AND (SELECT 1 FROM reposts AS later
                       WHERE later.post_id = ${post} AND (later.created_at, later.post_id) >= ${cursorPlaceSql(cursor)}
                         AND ${reposters} AND ${accountShown("later.user_id")} LIMIT 1) IS NULL`;
}

/**
 * SQL: everyone's events below the cursor, as rows (`id`: the post, `at`,
 * `actor_id`, `reposted`): each post at its own time by its author, each
 * repost at its time by its reposter. Read from a subquery ordered newest
 * first, the two streams merged (a Merge Append of posts_created_idx and
 * reposts_created_idx), so a LIMIT above stops both walks. Each part is
 * ordered on its own because PostgreSQL merges only ordered parts: a part
 * with a WHERE and no ORDER BY of its own was read whole and sorted (700 ms at
 * a million posts), and so was the union ordered by a clause of its own.
 */
export function feedEventsSql(cursor: Cursor | null): Prisma.Sql {
  // `WHERE TRUE` keeps the statement's text, and so its kept plan's name (lib/db-sql.ts), as it was.
  return Prisma.sql`
    (SELECT p.id, p.created_at AS at, p.author_id AS actor_id, FALSE AS reposted FROM posts AS p
     WHERE TRUE ${olderThanSql(cursor, "p.created_at", "p.id")} ORDER BY p.created_at DESC, p.id DESC)
    UNION ALL
    (SELECT r.post_id, r.created_at, r.user_id, TRUE FROM reposts AS r
     WHERE TRUE ${olderThanSql(cursor, "r.created_at", "r.post_id")} ORDER BY r.created_at DESC, r.post_id DESC)`;
}

/**
 * SQL: the event `e` (a row of `feedEventsSql`) by an account the viewer
 * follows or is, and which is shown and not muted (the caller's checks), brings
 * a post that belongs in the viewer's feeds (lib/safety). A followee is never
 * blocked (a block ends follows both ways), so a post's own event needs only
 * the muted-word check, which reads the post only when the viewer has muted
 * words in force.
 */
export function followedEventInFeedsSql(viewerId: SignedInViewer, e: string): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${Prisma.raw(`${e}.reposted`)} THEN ${postShownInFeedsOf(viewerId, `${e}.id`)}
    ELSE ${postByIdHasNoMutedWordSql(viewerId, `${e}.id`)} END`;
}

/**
 * SQL: no newer home-feed event brings the post of event `e`: no shown repost
 * of it by the viewer or a followee is later (a repost wins over its post at
 * the same time; two reposts at one time go to the smaller reposter id). So
 * each post passes once, at its newest, whatever the cursor: when that newest
 * event is at or above the cursor, the post was on an earlier page and
 * nothing below brings it back. One range probe of reposts_post_created_idx:
 * a scalar subquery, which PostgreSQL keeps a probe (as NOT EXISTS inside a
 * CASE it hashed every repost).
 */
export function newestFollowedEventSql(viewerId: SignedInViewer, e: string): Prisma.Sql {
  const [id, at, actor, reposted] = ["id", "at", "actor_id", "reposted"].map((name) => Prisma.raw(`${e}.${name}`));
  return Prisma.sql`(SELECT 1 FROM reposts AS newer
    WHERE newer.post_id = ${id} AND newer.created_at >= ${at}
      AND (NOT ${reposted} OR newer.created_at > ${at} OR newer.user_id < ${actor})
      AND ${followedOrSelfProbe(viewerId, "newer.user_id")} AND ${accountShown("newer.user_id")} LIMIT 1) IS NULL`;
}

/** The same for every event below the cursor: no followed repost of the post at or above it (nothing on a first page). */
export function notRepostedByFollowedSince(viewerId: SignedInViewer, cursor: Cursor | null, postIdColumn: string): Prisma.Sql {
  return notRepostedSince(cursor, postIdColumn, followedOrSelfProbe(viewerId, "later.user_id"));
}

/**
 * The sparse home feed's reposts: the newest `limit` reposts of each of the
 * viewer and their followees (reposts_user_created_idx), one row per post at
 * its newest. Exact: a post missing here was reposted by each followee after
 * `limit` newer reposts of other posts by the same account. Reposts older than
 * `notBefore` (a timestamp, or null for no bound) are not read: the caller
 * needs none of them.
 */
export function latestRepostsOfEachFollowedSql(viewerId: SignedInViewer, cursor: Cursor | null, limit: number, notBefore: Prisma.Sql) {
  return Prisma.sql`
    SELECT latest.post_id AS id, max(latest.created_at) AS "createdAt"
    FROM (SELECT ${viewerId}::text AS user_id
          UNION ALL ${followeesOfSql(viewerId)}) AS followed
    CROSS JOIN LATERAL (SELECT r.post_id, r.created_at FROM reposts AS r
                        WHERE r.user_id = followed.user_id AND ${accountShown("followed.user_id")} ${olderThanSql(cursor, "r.created_at", "r.post_id")}
                          AND r.created_at >= coalesce(${notBefore}, '-infinity')
                          AND ${postShownInFeedsOf(viewerId, "r.post_id")} ${notRepostedByFollowedSince(viewerId, cursor, "r.post_id")}
                          AND ${notMutedBySql(viewerId, "followed.user_id")}
                        ORDER BY r.created_at DESC, r.post_id DESC
                        LIMIT ${rowCountSql(limit)}) AS latest
    GROUP BY latest.post_id
    ORDER BY max(latest.created_at) DESC, latest.post_id DESC
    LIMIT ${rowCountSql(limit)}`;
}

/**
 * A profile's posts and reposts below the cursor, one entry per post at its
 * newest (`id`, `"feedAt"`): the newest `limit` of each kind
 * (posts_author_created_idx, reposts_user_created_idx), merged. None when the
 * account is suspended or blocks `viewerId` (or is blocked by them), and no
 * reposts of posts whose author and `viewerId` block each other (lib/safety).
 */
export function profileEntriesSql(authorId: string | Prisma.Sql, cursor: Cursor | null, limit: number, viewerId: Viewer = null) {
  const byAuthor = Prisma.sql`later.user_id = ${authorId}`;
  return Prisma.sql`
    SELECT sources.id, max(sources.at) AS "feedAt"
    FROM ((SELECT p.id, p.created_at AS at FROM posts AS p
           WHERE p.author_id = ${authorId} AND ${accountShown("p.author_id")} AND ${notBlockedWithSql(viewerId, "p.author_id")} ${olderThanSql(cursor, "p.created_at", "p.id")} ${notRepostedSince(cursor, "p.id", byAuthor)}
           ORDER BY p.created_at DESC, p.id DESC LIMIT ${rowCountSql(limit)})
          UNION ALL
          (SELECT r.post_id, r.created_at FROM reposts AS r
           WHERE r.user_id = ${authorId} AND ${accountShown("r.user_id")} ${olderThanSql(cursor, "r.created_at", "r.post_id")}
             AND ${postShown("r.post_id")} AND ${notBlockedWithSql(viewerId, "r.user_id")}
             AND ${notBlockedWithSql(viewerId, "(SELECT author.author_id FROM posts AS author WHERE author.id = r.post_id)")}
           ORDER BY r.created_at DESC, r.post_id DESC LIMIT ${rowCountSql(limit)})) AS sources
    GROUP BY sources.id
    ORDER BY max(sources.at) DESC, sources.id DESC
    LIMIT ${rowCountSql(limit)}`;
}

/**
 * SQL: who brought the post `p` to this feed by reposting it, for the
 * "Ada and 2 others reposted" line: the two newest shown reposters among
 * `reposters` (a condition on `r.user_id`) and how many there are in all.
 */
export function repostersSql(reposters: Prisma.Sql) {
  return Prisma.sql`(SELECT json_build_object(
                        'names', coalesce(json_agg(json_build_object('id', who.id, 'username', who.username, 'displayName', who.display_name)
                                                   ORDER BY who.rank) FILTER (WHERE who.rank <= 2), '[]'::json),
                        'total', count(*))
                      FROM (SELECT u.id, u.username, u.display_name, row_number() OVER (ORDER BY r.created_at DESC, r.user_id) AS rank
                            FROM reposts AS r JOIN users AS u ON u.id = r.user_id
                            WHERE r.post_id = p.id AND ${reposters} AND u.suspended_at IS NULL) AS who)`;
}
