import { z } from "zod";
import { queryKeptPlan } from "@/lib/db";
import { lagTolerantDb } from "@/lib/db-routing";
import { parseRows } from "@/lib/db-rows";
import { keptPlanSql, olderThanSql, opaqueTextSql, rowCountSql } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountShownInWalk, hiddenAccountIds } from "@/lib/moderation/visibility";
import { type Cursor, PAGE_SIZE, decodeCursor } from "@/lib/pagination/cursor";
import { feedCardsSql } from "@/lib/posts/home-feed";
import { type PostPage, toFeedPage } from "@/lib/posts/queries";
import { mutedWordsHideAny, ownListsHideAny } from "@/lib/safety/queries";
import {
  type Viewer,
  inListsOfSqlInWalk,
  keptPlanViewer,
  postByIdHasNoMutedWordSql,
  postByIdHoldsMutedWordSql,
  tagNotMutedSql,
} from "@/lib/safety/visibility";

/**
 * SQL: the next `limit` posts tagged `tag` (`id`, `"feedAt"`: the tag's time),
 * a keyset walk of post_tags_tag_created_idx, leaving out before the LIMIT
 * posts of suspended authors and what the viewer's hiding rules hide (lib/safety).
 */
function taggedEntriesSql(tag: Prisma.Sql, viewerId: Viewer, cursor: Cursor | null, limit: number) {
  return Prisma.sql`
    SELECT t.post_id AS id, t.created_at AS "feedAt" FROM post_tags AS t
    WHERE t.tag = ${tag} AND ${accountShownInWalk("t.author_id")} AND ${inListsOfSqlInWalk(viewerId, "t.author_id")}
      ${olderThanSql(cursor, "t.created_at", "t.post_id")}
      AND ${postByIdHasNoMutedWordSql(viewerId, "t.post_id")}
    ORDER BY t.created_at DESC, t.post_id DESC
    LIMIT ${rowCountSql(limit)}`;
}

/**
 * The statement of a tag's page, whose plan a connection keeps (keptPlanSql); the tag, like the
 * viewer, is opaque to the planner, so that a rare tag's plan costs what the generic plan costs.
 * Planned afresh, it cost PostgreSQL about as much as running it (BENCHMARKS.md, "session 22").
 */
export function tagCardsSql(tag: string, viewerId: string | null, cursor: Cursor | null): Prisma.Sql {
  const viewer = keptPlanViewer(viewerId);
  return keptPlanSql(feedCardsSql(viewer, taggedEntriesSql(opaqueTextSql(tag), viewer, cursor, PAGE_SIZE + 1), Prisma.sql`FALSE`));
}

/** One page of the posts tagged `tag` (normalised), newest first, as feed cards, in one statement; may come from a replica. */
export async function listTaggedPosts(tag: string, viewerId: string | null, cursorToken?: string | null): Promise<PostPage> {
  return toFeedPage(await queryKeptPlan(tagCardsSql(tag, viewerId, decodeCursor(cursorToken)), await lagTolerantDb()));
}

/**
 * Whether the viewer's muted words hide posts tagged `tag` that they would otherwise see: asked of
 * an empty page, so that it says why. At most one probe of post_tags_tag_created_idx that a LIMIT ends.
 */
export function mutedWordsHideTag(tag: string, viewerId: string | null): Promise<boolean> {
  return mutedWordsHideAny(viewerId, (viewer) => Prisma.sql`
    SELECT 1 FROM post_tags AS t
    WHERE t.tag = ${tag} AND ${accountShownInWalk("t.author_id")} AND ${inListsOfSqlInWalk(viewer, "t.author_id")}
      AND ${postByIdHoldsMutedWordSql(viewer, "t.post_id")}
    LIMIT 1`);
}

/**
 * Whether posts tagged `tag` are by accounts the viewer blocked or muted: asked of an empty page, so
 * that it says why rather than that no post has the tag. Walks the tag's posts until one.
 */
export function listsHideTag(tag: string, viewerId: string | null): Promise<boolean> {
  return ownListsHideAny(viewerId, Prisma.sql`FROM post_tags AS t WHERE t.tag = ${tag} AND ${accountShownInWalk("t.author_id")}`, "t.author_id");
}

/** How far back trending looks, and how many tags it shows. */
export const TRENDING_WINDOW_HOURS = 24;
export const TRENDING_LIMIT = 10;

export type TrendingTag = { tag: string; people: number; posts: number };

const trendingRow = z.object({ tag: z.string(), people: z.number().int(), posts: z.number().int() }) satisfies z.ZodType<TrendingTag>;

/**
 * The statement behind `trendingTags`, for it and for the test of its plan:
 * the tags of the posts of the last day, read from post_tags_created_idx
 * alone (an index-only range scan: posts are not read at all), ranked by how
 * many people used them, then by how many posts, leaving out the tags the viewer muted and the
 * posts of accounts the viewer blocked, muted or was blocked by (a tag of theirs alone led to an empty page).
 * Posts of suspended authors do not count (`hiddenAccountIds`: no author is looked up per row).
 * Signed out it has no parameters, and signed in only the viewer, opaque to the planner
 * (keptPlanViewer), so a connection keeps one plan of each (keptPlanSql): bound, the window made
 * every plan made for its value look cheaper than the generic one, which PostgreSQL then never kept.
 */
export function trendingStatement(viewerId: string | null, limit = TRENDING_LIMIT): Prisma.Sql {
  const viewer = keptPlanViewer(viewerId);
  return keptPlanSql(Prisma.sql`
    SELECT t.tag, count(DISTINCT t.author_id)::int AS people, count(*)::int AS posts
    FROM post_tags AS t
    WHERE t.created_at > now() - make_interval(hours => ${rowCountSql(TRENDING_WINDOW_HOURS)})
      AND t.author_id NOT IN ${hiddenAccountIds()}
      AND ${tagNotMutedSql(viewer, "t.tag")}
      AND ${inListsOfSqlInWalk(viewer, "t.author_id")}
    GROUP BY t.tag
    ORDER BY people DESC, posts DESC, t.tag
    LIMIT ${rowCountSql(limit)}`);
}

/** The most used tags of the last TRENDING_WINDOW_HOURS that the viewer did not mute, most used first; may come from a replica. */
export async function trendingTags(viewerId: string | null, limit = TRENDING_LIMIT): Promise<TrendingTag[]> {
  return parseRows(trendingRow, await queryKeptPlan(trendingStatement(viewerId, limit), await lagTolerantDb()));
}
