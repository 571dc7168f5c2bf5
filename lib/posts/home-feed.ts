import { db } from "@/lib/db";
import { andThenSql, keptPlanSql, opaqueTextSql, rowCountSql } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountRowShown, accountShown } from "@/lib/moderation/visibility";
import type { Cursor } from "@/lib/pagination/cursor";
import {
  followedOrSelfProbe,
  followeesOfSql,
  followedRepostsAmongRecentSql,
  followedSql,
  latestRepostsOfEachFollowedSql,
  notRepostedByFollowedSince,
  repostersSql,
  repostWindowEndSql,
} from "@/lib/reposts/feed-sql";
import { type SignedInViewer, type Viewer, noMutedWordSql, notMutedBySql, postOfAuthorInFeedsOfSql } from "@/lib/safety/visibility";
import { quoteCardColumnsSql } from "./quotes";

/**
 * How many of the newest posts (below the cursor) the home feed looks through
 * for posts by the people the viewer follows, before it asks each followed
 * account for its latest posts instead. 4,000 index entries take well under a
 * millisecond to read (see BENCHMARKS.md).
 */
export const RECENT_WINDOW = 4_000;

/**
 * Below how many followed accounts the home feed skips both walks and goes
 * straight to the per-account merges. Such a reader's walks seldom fill a page
 * (53 quiet accounts gave 3 posts of 4,000), so the merges ran after them
 * anyway; skipping the walks took such a page from 35.8 to 26.7 million
 * instructions at a million posts (BENCHMARKS.md, session 13). A reader of few
 * but busy accounts pays the merges where a walk would have sufficed: at most
 * `limit` posts and reposts of each of 64 accounts.
 */
export const FEW_FOLLOWS = 64;

/**
 * From how many followed accounts on the walks probe follows_pkey per row
 * instead of hashing every follow (`followedSql`). The more accounts, the
 * fewer rows a walk reads to fill a page: the follows-5,005 reader's walks read
 * 247 posts and 128 reposts, and its page cost 29 % fewer instructions with
 * probes than with two hashes of 5,005 follows; the follows-500 reader's read
 * 1,072 and 401, and keep the hashes (BENCHMARKS.md, session 13).
 */
export const MANY_FOLLOWS = 3_000;

/** The home feed's thresholds; tests lower them to reach every path with a few rows. */
export type HomeFeedTuning = { recentWindow: number; fewFollows: number; manyFollows: number };

const TUNING: HomeFeedTuning = { recentWindow: RECENT_WINDOW, fewFollows: FEW_FOLLOWS, manyFollows: MANY_FOLLOWS };

/** What the statement knows of how many accounts the viewer follows: uncorrelated boolean subqueries. */
type Reach = { few: Prisma.Sql; many: Prisma.Sql };

/** SQL: how many accounts the viewer follows, counted up to the larger threshold (entries of follows_follower_created_idx). */
function followsCountSql(viewerId: SignedInViewer, tuning: HomeFeedTuning) {
  const cap = rowCountSql(Math.max(tuning.fewFollows, tuning.manyFollows));
  return Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM follows WHERE follower_id = ${viewerId} LIMIT ${cap}) AS followed)`;
}

/** The `Reach` of a viewer who follows `count` accounts (an uncorrelated subquery). */
function reachOf(count: Prisma.Sql, tuning: HomeFeedTuning): Reach {
  return {
    few: Prisma.sql`(${count} < ${rowCountSql(tuning.fewFollows)})`,
    many: Prisma.sql`(${count} >= ${rowCountSql(tuning.manyFollows)})`,
  };
}

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
function followedAmongRecentSql(viewerId: SignedInViewer, cursor: Cursor | null, limit: number, window: number, followsMany = Prisma.sql`FALSE`) {
  return Prisma.sql`
    SELECT recent.id, recent.created_at AS "createdAt"
    FROM (SELECT p.id, p.created_at, p.author_id FROM posts AS p
          WHERE TRUE ${belowCursor(cursor)}
          ORDER BY p.created_at DESC, p.id DESC
          LIMIT ${rowCountSql(window)}) AS recent
    WHERE ${andThenSql(
      Prisma.sql`recent.author_id = ${viewerId} OR ${followedSql(viewerId, "recent.author_id", followsMany)}`,
      Prisma.sql`${accountShown("recent.author_id")} ${notRepostedByFollowedSince(viewerId, cursor, "recent.id")}
                 AND ${postOfAuthorInFeedsOfSql(viewerId, "recent.id", "recent.author_id")}`,
    )}
    ORDER BY recent.created_at DESC, recent.id DESC
    LIMIT ${rowCountSql(limit)}`;
}

/**
 * Design 2, for sparse feeds: the latest `limit` posts of each followed
 * account (one probe of posts_author_created_idx each), merged. Its cost grows
 * with the number of accounts followed, not with how rarely they post.
 */
function latestOfEachFollowedSql(viewerId: SignedInViewer, cursor: Cursor | null, limit: number) {
  return Prisma.sql`
    SELECT latest.id, latest.created_at AS "createdAt"
    FROM (SELECT ${viewerId}::text AS author_id
          UNION ALL ${followeesOfSql(viewerId)}) AS followed
    CROSS JOIN LATERAL (SELECT p.id, p.created_at FROM posts AS p
                        WHERE p.author_id = followed.author_id AND ${accountShown("followed.author_id")} ${belowCursor(cursor)}
                          AND ${notMutedBySql(viewerId, "followed.author_id")} AND ${noMutedWordSql(viewerId, "p")}
                          ${notRepostedByFollowedSince(viewerId, cursor, "p.id")}
                        ORDER BY p.created_at DESC, p.id DESC
                        LIMIT ${rowCountSql(limit)}) AS latest
    ORDER BY latest.created_at DESC, latest.id DESC
    LIMIT ${rowCountSql(limit)}`;
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
 * A viewer who follows fewer than `fewFollows` accounts skips the walk.
 */
export function homeFeedPositionsSql(viewerId: SignedInViewer, cursor: Cursor | null, limit: number, tuning: Partial<HomeFeedTuning> = {}) {
  const tuned = { ...TUNING, ...tuning };
  return positionsSql(viewerId, cursor, limit, tuned.recentWindow, reachOf(followsCountSql(viewerId, tuned), tuned));
}

/** `homeFeedPositionsSql`, given the viewer's `Reach`. */
function positionsSql(viewerId: SignedInViewer, cursor: Cursor | null, limit: number, recentWindow: number, reach: Reach) {
  return Prisma.sql`
    WITH walked AS (SELECT walk.id, walk."createdAt" FROM (${followedAmongRecentSql(viewerId, cursor, limit, recentWindow, reach.many)}) AS walk
                    WHERE NOT ${reach.few})
    SELECT id, "createdAt" FROM walked WHERE (SELECT count(*) FROM walked) = ${rowCountSql(limit)}
    UNION ALL
    SELECT merged.id, merged."createdAt" FROM (${latestOfEachFollowedSql(viewerId, cursor, limit)}) AS merged
    WHERE (SELECT count(*) FROM walked) < ${rowCountSql(limit)}`;
}

/**
 * The positions of the next `limit` reposted posts of the viewer's home feed
 * (`id`, `"createdAt"`: the newest repost by the viewer or a followee), by
 * design 1 over the newest RECENT_WINDOW reposts when that is exact, else by
 * design 2. Design 1 is exact when it fills the page, when the window held
 * every repost below the cursor, or when the window reaches back past the
 * `limit`-th of the posts (`posts_page`): whatever it missed is older than a
 * full page. As for posts, the choice is a One-Time Filter in one statement,
 * and the conditions after the first are only evaluated when the walk came back short.
 * Design 2 leaves out what the page cannot show: reposts older than a full `posts_page`.
 */
function homeFeedRepostsSql(viewerId: SignedInViewer, cursor: Cursor | null, limit: number, recentWindow: number, reach: Reach) {
  const windowEnd = repostWindowEndSql(cursor, recentWindow);
  // A full posts_page holds `limit` entries at its last post's time or later: no older repost can make the page.
  const postsPageEnd = Prisma.sql`(SELECT min("createdAt") FROM posts_page HAVING count(*) = ${rowCountSql(limit)})`;
  // A viewer who follows few accounts skipped the walk, which then suffices for nothing.
  const walkSuffices = andThenSql(Prisma.sql`NOT ${reach.few}`, Prisma.sql`(
    (SELECT count(*) FROM walked_reposts) = ${rowCountSql(limit)}
    OR ${windowEnd} IS NULL
    OR ((SELECT count(*) FROM posts_page) = ${rowCountSql(limit)} AND ${windowEnd} < (SELECT min("createdAt") FROM posts_page)))`);
  return Prisma.sql`
    SELECT id, "createdAt" FROM walked_reposts WHERE ${walkSuffices}
    UNION ALL
    SELECT merged.id, merged."createdAt" FROM (${latestRepostsOfEachFollowedSql(viewerId, cursor, limit, postsPageEnd)}) AS merged
    WHERE NOT ${walkSuffices}`;
}

/**
 * SQL for the next `limit` entries of the home feed (`id`, `"feedAt"`): the
 * posts of the viewer and the accounts they follow, and the posts these
 * reposted, each once, at its newest (its own time or its newest such repost).
 * Exact: every entry of the page is among the `limit` newest posts or among
 * the `limit` newest reposted posts, so each part needs only `limit` rows.
 * A viewer who follows fewer than `fewFollows` accounts skips both walks.
 */
export function homeFeedEntriesSql(viewerId: SignedInViewer, cursor: Cursor | null, limit: number, tuning: Partial<HomeFeedTuning> = {}) {
  const tuned = { ...TUNING, ...tuning };
  const reach = reachOf(Prisma.sql`(SELECT follows FROM reach)`, tuned);
  return Prisma.sql`
    WITH reach AS (SELECT ${followsCountSql(viewerId, tuned)} AS follows),
         posts_page AS (${positionsSql(viewerId, cursor, limit, tuned.recentWindow, reach)}),
         walked_reposts AS (SELECT walk.id, walk."createdAt"
                            FROM (${followedRepostsAmongRecentSql(viewerId, cursor, limit, tuned.recentWindow, reach.many)}) AS walk
                            WHERE NOT ${reach.few}),
         reposts_page AS (${homeFeedRepostsSql(viewerId, cursor, limit, tuned.recentWindow, reach)})
    SELECT sources.id, max(sources."createdAt") AS "feedAt"
    FROM (SELECT id, "createdAt" FROM posts_page UNION ALL SELECT id, "createdAt" FROM reposts_page) AS sources
    GROUP BY sources.id
    ORDER BY max(sources."createdAt") DESC, sources.id DESC
    LIMIT ${rowCountSql(limit)}`;
}

/**
 * SQL: `test` of the viewer's own likes, bookmarks or reposts; FALSE when signed out. Written
 * out, not bound as NULL: a kept plan cannot see that `user_id = NULL` matches nothing, and
 * PostgreSQL then judged every plan made for the values cheaper and never kept one.
 */
function viewersOwn(viewerId: Viewer, test: Prisma.Sql): Prisma.Sql {
  return viewerId === null ? Prisma.sql`FALSE` : test;
}

/**
 * The cards of a page of feed entries (`entries`: `id`, `"feedAt"`) in one
 * statement: for those posts only, what a card shows (author, images in order,
 * counts (post_stats) minus those of suspended accounts, "liked", "bookmarked" and
 * "reposted by me", who among `reposters` reposted it, and the shown accounts
 * its text mentions), the same fields as
 * the other feeds' Prisma select (lib/posts/queries.ts), in the entries' order.
 */
export function feedCardsSql(viewerId: Viewer, entries: Prisma.Sql, reposters: Prisma.Sql) {
  return Prisma.sql`
    WITH page AS (${entries})
    SELECT p.id, p.text, p.content_warning AS "contentWarning", p.created_at AS "createdAt", p.edited_at AS "editedAt", page."feedAt",
           json_build_object('id', u.id, 'username', u.username, 'displayName', u.display_name,
                             'avatarKey', u.avatar_key, 'role', u.role) AS author,
           coalesce((SELECT json_agg(json_build_object('id', i.id, 'fileKey', i.file_key, 'width', i.width,
                                                       'height', i.height, 'alt', i.alt) ORDER BY i.position)
                     FROM post_images AS i WHERE i.post_id = p.id), '[]'::json) AS images,
           coalesce(stats.like_count, 0) - p.hidden_like_count AS "likeCount",
           coalesce(stats.comment_count, 0) - p.hidden_comment_count AS "commentCount",
           coalesce(stats.repost_count, 0) - p.hidden_repost_count AS "repostCount",
           ${viewersOwn(viewerId, Prisma.sql`EXISTS (SELECT 1 FROM likes AS l WHERE l.post_id = p.id AND l.user_id = ${viewerId})`)} AS "likedByViewer",
           ${viewersOwn(viewerId, Prisma.sql`EXISTS (SELECT 1 FROM bookmarks AS b WHERE b.user_id = ${viewerId} AND b.post_id = p.id)`)} AS "bookmarkedByViewer",
           ${viewersOwn(viewerId, Prisma.sql`EXISTS (SELECT 1 FROM reposts AS r WHERE r.user_id = ${viewerId} AND r.post_id = p.id)`)} AS "repostedByViewer",
           -- A repost comes after its post, so an entry later than its post came from a repost: only those look up reposters.
           CASE WHEN page."feedAt" > p.created_at THEN ${repostersSql(reposters)}
                ELSE json_build_object('names', '[]'::json, 'total', 0) END AS reposters,
           coalesce((SELECT json_agg(mu.username) FROM post_mentions AS m JOIN users AS mu ON mu.id = m.user_id
                     WHERE m.post_id = p.id AND ${accountRowShown("mu")}), '[]'::json) AS mentioned,
           ${quoteCardColumnsSql(viewerId)}
    FROM page
    -- Looked up by primary key, entry by entry, whatever the planner guesses of the entries: each
    -- hiding rule's probe is guessed to pass 0.5 % of rows, so with several of them it expects one
    -- entry, and then read all of posts once per entry instead (9 s for explore at a million posts).
    -- OFFSET 0 keeps each lookup a subquery of its own, which the planner cannot turn into a join.
    CROSS JOIN LATERAL (SELECT * FROM posts WHERE posts.id = page.id OFFSET 0) AS p
    CROSS JOIN LATERAL (SELECT * FROM users WHERE users.id = p.author_id OFFSET 0) AS u
    LEFT JOIN LATERAL (SELECT * FROM post_stats WHERE post_stats.post_id = p.id OFFSET 0) AS stats ON TRUE
    ORDER BY page."feedAt" DESC, p.id DESC`;
}

/**
 * One page of home-feed cards in one statement: `homeFeedEntriesSql`, then
 * `feedCardsSql`. Its plan is kept (keptPlanSql), and its viewer is opaque to
 * the planner (`opaqueTextSql`) so that every viewer's plan is the same.
 */
export function homeFeedCardsSql(viewerId: string, cursor: Cursor | null, limit: number, recentWindow = RECENT_WINDOW) {
  const viewer = opaqueTextSql(viewerId);
  return keptPlanSql(feedCardsSql(viewer, homeFeedEntriesSql(viewer, cursor, limit, { recentWindow }), followedOrSelfProbe(viewer, "r.user_id")));
}
