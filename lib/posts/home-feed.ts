import { db } from "@/lib/db";
import { andThenSql, keptPlanSql, olderThanSql, opaqueTextSql, rowCountSql } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountRowShown, accountShown } from "@/lib/moderation/visibility";
import type { Cursor } from "@/lib/pagination/cursor";
import {
  feedEventsSql,
  followedEventInFeedsSql,
  followedOrSelfReposterSql,
  followeesOfSql,
  followedSql,
  latestRepostsOfEachFollowedSql,
  newestFollowedEventSql,
  notRepostedByFollowedSince,
  repostersSql,
} from "@/lib/reposts/feed-sql";
import { mutedWordsHideAny } from "@/lib/safety/queries";
import { type SignedInViewer, type Viewer, holdsMutedWordSql, inListsOfSql, noMutedWordSql, notBlockingViewerSql, notMutedBySql } from "@/lib/safety/visibility";
import { quoteCardColumnsSql } from "./quotes";

/**
 * How many of the newest events (posts and reposts, below the cursor) the home
 * feed looks through for those of the people the viewer follows, before it
 * asks each followed account for its latest instead. 4,000 index entries take
 * well under a millisecond to read (see BENCHMARKS.md).
 */
export const RECENT_WINDOW = 4_000;

/**
 * Below how many followed accounts the home feed skips the walk and goes
 * straight to the per-account merges. Such a reader's walk seldom fills a page
 * (53 quiet accounts gave 3 posts of 4,000), so the merges ran after it
 * anyway; skipping the walk took such a page from 35.8 to 26.7 million
 * instructions at a million posts (BENCHMARKS.md, session 13). A reader of few
 * but busy accounts pays the merges where a walk would have sufficed: at most
 * `limit` posts and reposts of each of 64 accounts.
 */
export const FEW_FOLLOWS = 64;

/**
 * From how many followed accounts on the walk probes follows_pkey per row
 * instead of hashing every follow (`followedSql`). The more accounts, the
 * fewer rows a walk reads to fill a page: the follows-5,005 reader's walks
 * (then one of posts, one of reposts) read 247 posts and 128 reposts, and its
 * page cost 29 % fewer instructions with probes than with two hashes of 5,005
 * follows; the follows-500 reader's read 1,072 and 401, and keep the hash
 * (BENCHMARKS.md, session 13).
 */
export const MANY_FOLLOWS = 3_000;

/** The home feed's thresholds; tests lower them to reach every path with a few rows. */
export type HomeFeedTuning = { recentWindow: number; fewFollows: number; manyFollows: number };

const TUNING: HomeFeedTuning = { recentWindow: RECENT_WINDOW, fewFollows: FEW_FOLLOWS, manyFollows: MANY_FOLLOWS };

/** What the statement knows of how many accounts the viewer follows: uncorrelated boolean subqueries. */
type Reach = { few: Prisma.Sql; many: Prisma.Sql };

/**
 * SQL: how many accounts the viewer follows, as user_stats keeps it (one probe; counting up to
 * 3,000 entries of follows_follower_created_idx took 0.9 ms a page for a reader of 5,005).
 */
function followsCountSql(viewerId: SignedInViewer) {
  return Prisma.sql`coalesce((SELECT stats.following_count FROM user_stats AS stats WHERE stats.user_id = ${viewerId}), 0)`;
}

/** The `Reach` of a viewer who follows `count` accounts (an uncorrelated subquery). */
function reachOf(count: Prisma.Sql, tuning: HomeFeedTuning): Reach {
  return {
    few: Prisma.sql`(${count} < ${rowCountSql(tuning.fewFollows)})`,
    many: Prisma.sql`(${count} >= ${rowCountSql(tuning.manyFollows)})`,
  };
}

/**
 * Design 1, for viewers whose feed is dense (they follow active or many
 * accounts): walk everyone's events (posts and reposts, `feedEventsSql`)
 * newest first from the cursor, both indexes read alone, and keep the
 * viewer's and their followees' events that are home-feed entries: each
 * post's newest (`newestFollowedEventSql`), so the rows stream in the page's
 * order and the walk stops when the page is full, and after `window` events
 * at the most, so a sparse feed cannot make it read the whole tables; the cost
 * is the same at any depth. One walk of both tables replaced a walk of each
 * (BENCHMARKS.md, session 19).
 */
function followedAmongRecentSql(viewerId: SignedInViewer, cursor: Cursor | null, limit: number, window: number, followsMany = Prisma.sql`FALSE`) {
  return Prisma.sql`
    SELECT recent.id, recent.at AS "createdAt"
    FROM (SELECT * FROM (${feedEventsSql(cursor)}) AS events
          ORDER BY events.at DESC, events.id DESC LIMIT ${rowCountSql(window)}) AS recent
    WHERE ${andThenSql(
      Prisma.sql`recent.actor_id = ${viewerId} OR ${followedSql(viewerId, "recent.actor_id", followsMany)}`,
      andThenSql(
        Prisma.sql`${accountShown("recent.actor_id")} AND ${notMutedBySql(viewerId, "recent.actor_id")} AND ${followedEventInFeedsSql(viewerId, "recent")}`,
        newestFollowedEventSql(viewerId, "recent"),
      ),
    )}
    ORDER BY recent.at DESC, recent.id DESC
    LIMIT ${rowCountSql(limit)}`;
}

/**
 * Design 2, for sparse feeds, posts: the latest `limit` posts of each of the
 * viewer and their followees (one probe of posts_author_created_idx each),
 * merged. Its cost grows with the number of accounts followed, not with how
 * rarely they post.
 */
function latestPostsOfEachFollowedSql(viewerId: SignedInViewer, cursor: Cursor | null, limit: number) {
  return Prisma.sql`
    SELECT latest.id, latest.created_at AS "createdAt"
    FROM (SELECT ${viewerId}::text AS author_id
          UNION ALL ${followeesOfSql(viewerId)}) AS followed
    CROSS JOIN LATERAL (SELECT p.id, p.created_at FROM posts AS p
                        WHERE p.author_id = followed.author_id AND ${accountShown("followed.author_id")} ${olderThanSql(cursor, "p.created_at", "p.id")}
                          AND ${notMutedBySql(viewerId, "followed.author_id")} AND ${noMutedWordSql(viewerId, "p")}
                          ${notRepostedByFollowedSince(viewerId, cursor, "p.id")}
                        ORDER BY p.created_at DESC, p.id DESC
                        LIMIT ${rowCountSql(limit)}) AS latest
    ORDER BY latest.created_at DESC, latest.id DESC
    LIMIT ${rowCountSql(limit)}`;
}

/**
 * Design 2, whole: the posts of `latestPostsOfEachFollowedSql` (the CTE
 * `merged_posts`) and the reposts of `latestRepostsOfEachFollowedSql`, each
 * post at its newest. Exact: every entry of the page is among the `limit`
 * newest posts or among the `limit` newest reposted posts. A full page of
 * posts holds `limit` entries at its last post's time or later, so no older
 * repost is read. Events are not merged per account as the walk merges them:
 * each repost then needs its checks before the LIMIT, and that bound is lost
 * (the sparse reader's first page at a million posts: 12.2 ms, against 6.9).
 */
function latestOfEachFollowedSql(viewerId: SignedInViewer, cursor: Cursor | null, limit: number) {
  const postsPageEnd = Prisma.sql`(SELECT min("createdAt") FROM merged_posts HAVING count(*) = ${rowCountSql(limit)})`;
  return Prisma.sql`
    WITH merged_posts AS (${latestPostsOfEachFollowedSql(viewerId, cursor, limit)})
    SELECT sources.id, max(sources."createdAt") AS "createdAt"
    FROM (SELECT id, "createdAt" FROM merged_posts
          UNION ALL
          SELECT id, "createdAt" FROM (${latestRepostsOfEachFollowedSql(viewerId, cursor, limit, postsPageEnd)}) AS reposted) AS sources
    GROUP BY sources.id
    ORDER BY max(sources."createdAt") DESC, sources.id DESC
    LIMIT ${rowCountSql(limit)}`;
}

/**
 * Whether the viewer's muted words hide posts of theirs or of the accounts they follow, or posts
 * these reposted: asked of an empty home feed, so that it says why. For each account, its newest
 * such post (posts_author_created_idx), else its newest such repost (reposts_user_created_idx, the
 * post by primary key), until the first one found.
 */
export function mutedWordsHideHome(viewerId: string): Promise<boolean> {
  return mutedWordsHideAny(viewerId, (viewer) => Prisma.sql`
    SELECT 1 FROM (SELECT ${viewer}::text AS author_id UNION ALL ${followeesOfSql(viewer)}) AS followed
    CROSS JOIN LATERAL ((SELECT 1 FROM posts AS p
                         WHERE p.author_id = followed.author_id AND ${accountShown("followed.author_id")}
                           AND ${notMutedBySql(viewer, "followed.author_id")} AND ${holdsMutedWordSql(viewer, "p")}
                         LIMIT 1)
                        UNION ALL
                        (SELECT 1 FROM reposts AS r JOIN posts AS p ON p.id = r.post_id
                         WHERE r.user_id = followed.author_id AND ${accountShown("followed.author_id")}
                           AND ${notMutedBySql(viewer, "followed.author_id")} AND ${accountShown("p.author_id")}
                           AND ${inListsOfSql(viewer, "p.author_id")} AND ${holdsMutedWordSql(viewer, "p")}
                         LIMIT 1)) AS hidden
    LIMIT 1`);
}

/** Each design on its own, for the benchmark's comparison of the two. */
export const followedAmongRecent = (...args: Parameters<typeof followedAmongRecentSql>) => db.$queryRaw<unknown[]>(followedAmongRecentSql(...args));
export const latestOfEachFollowed = (...args: Parameters<typeof latestOfEachFollowedSql>) => db.$queryRaw<unknown[]>(latestOfEachFollowedSql(...args));

/**
 * SQL for the next `limit` entries of the home feed (`id`, `"feedAt"`): the
 * posts of the viewer and the accounts they follow, and the posts these
 * reposted, each once, at its newest (its own time or its newest such repost),
 * newest first. A full page from the recent walk is exactly the answer: any
 * other entry is older than all of them. Otherwise the feed is sparse and the
 * per-account merge answers instead. Both are one statement: the merge sits
 * behind a condition on the walk's row count, which PostgreSQL checks once (a
 * "One-Time Filter"), so it runs only when needed. A viewer who follows fewer
 * than `fewFollows` accounts skips the walk.
 */
export function homeFeedEntriesSql(viewerId: SignedInViewer, cursor: Cursor | null, limit: number, tuning: Partial<HomeFeedTuning> = {}) {
  const tuned = { ...TUNING, ...tuning };
  const reach = reachOf(Prisma.sql`(SELECT follows FROM reach)`, tuned);
  return Prisma.sql`
    WITH reach AS (SELECT ${followsCountSql(viewerId)} AS follows),
         walked AS (SELECT walk.id, walk."createdAt"
                    FROM (${followedAmongRecentSql(viewerId, cursor, limit, tuned.recentWindow, reach.many)}) AS walk
                    WHERE NOT ${reach.few})
    SELECT id, "createdAt" AS "feedAt" FROM walked WHERE (SELECT count(*) FROM walked) = ${rowCountSql(limit)}
    UNION ALL
    SELECT merged.id, merged."createdAt" FROM (${latestOfEachFollowedSql(viewerId, cursor, limit)}) AS merged
    WHERE (SELECT count(*) FROM walked) < ${rowCountSql(limit)}`;
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
                     WHERE m.post_id = p.id AND ${accountRowShown("mu")} AND ${notBlockingViewerSql(viewerId, "mu.id")}), '[]'::json) AS mentioned,
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
  // feedCardsSql's post_stats row of the card's post is `stats`.
  const reposters = followedOrSelfReposterSql(viewer, { repostCount: Prisma.sql`coalesce(stats.repost_count, 0)`, followsCount: followsCountSql(viewer) });
  return keptPlanSql(feedCardsSql(viewer, homeFeedEntriesSql(viewer, cursor, limit, { recentWindow }), reposters));
}
