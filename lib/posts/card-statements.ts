import { keptPlanSql, olderThanSql, opaqueTextSql, rowCountSql } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountShown, accountShownInWalk } from "@/lib/moderation/visibility";
import { type Cursor, PAGE_SIZE } from "@/lib/pagination/cursor";
import { profileEntriesSql } from "@/lib/reposts/feed-sql";
import { type Viewer, inListsOfSqlInWalk, keptPlanViewer, noMutedWordSql, notBlockedWithSql } from "@/lib/safety/visibility";
import { feedCardsSql } from "./home-feed";

// The statements of the pages of cards other than home (lib/posts/home-feed.ts): each one
// statement, cards included, whose plan a connection keeps (keptPlanSql). Planned afresh,
// they cost PostgreSQL more than they took to run (BENCHMARKS.md, "session 16").

/**
 * SQL: the next `limit` posts of explore (`id`, `"feedAt"`), newest first
 * through posts_created_idx, leaving out, before the LIMIT, suspended authors
 * and what the viewer blocked, was blocked by, muted, or matches their muted words.
 */
function exploreEntriesSql(viewerId: Viewer, cursor: Cursor | null, limit: number) {
  return Prisma.sql`
    SELECT p.id, p.created_at AS "feedAt" FROM posts AS p
    WHERE ${accountShownInWalk("p.author_id")} AND ${inListsOfSqlInWalk(viewerId, "p.author_id")} AND ${noMutedWordSql(viewerId, "p")}
      ${olderThanSql(cursor, "p.created_at", "p.id")}
    ORDER BY p.created_at DESC, p.id DESC
    LIMIT ${rowCountSql(limit)}`;
}

/** The statement of an explore page (listLatestPosts). */
export function exploreCardsSql(viewerId: string | null, cursor: Cursor | null): Prisma.Sql {
  const viewer = keptPlanViewer(viewerId);
  return keptPlanSql(feedCardsSql(viewer, exploreEntriesSql(viewer, cursor, PAGE_SIZE + 1), Prisma.sql`FALSE`));
}

/** The statement of a profile's page (listUserPosts); the author, like the viewer, is opaque to the planner. */
export function profileCardsSql(authorId: string, viewerId: string | null, cursor: Cursor | null): Prisma.Sql {
  const [author, viewer] = [opaqueTextSql(authorId), keptPlanViewer(viewerId)];
  return keptPlanSql(feedCardsSql(viewer, profileEntriesSql(author, cursor, PAGE_SIZE + 1, viewer), Prisma.sql`r.user_id = ${author}`));
}

/** The statement of getPost: the post's card, as the feeds read theirs. */
export function postCardSql(postId: string, viewerId: string | null): Prisma.Sql {
  const viewer = keptPlanViewer(viewerId);
  const entry = Prisma.sql`
    SELECT p.id, p.created_at AS "feedAt" FROM posts AS p
    WHERE p.id = ${postId} AND ${accountShown("p.author_id")} AND ${notBlockedWithSql(viewer, "p.author_id")}`;
  return keptPlanSql(feedCardsSql(viewer, entry, Prisma.sql`FALSE`));
}
