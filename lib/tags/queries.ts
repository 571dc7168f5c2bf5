import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { hiddenAccountIds, visibleAuthor } from "@/lib/moderation/visibility";
import { type Cursor, PAGE_SIZE, decodeCursor, toPage } from "@/lib/pagination/cursor";
import { type PostPage, postCardSelect, toPostCard } from "@/lib/posts/queries";

/** Prisma `where` for the tagged posts after `cursor` in (createdAt DESC, postId DESC) order. */
function taggedBefore(cursor: Cursor | null) {
  if (!cursor) return {};
  return { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, postId: { lt: cursor.id } }] };
}

/**
 * One page of the posts tagged `tag` (normalised), newest first, as feed
 * cards, in one statement: a keyset walk of post_tags_tag_created_idx, then
 * the cards' joins. Posts of suspended authors are left out like in every feed.
 */
export async function listTaggedPosts(tag: string, viewerId: string | null, cursorToken?: string | null): Promise<PostPage> {
  const rows = await db.postTag.findMany({
    where: { AND: [{ tag }, { post: visibleAuthor }, taggedBefore(decodeCursor(cursorToken))] },
    orderBy: [{ createdAt: "desc" }, { postId: "desc" }],
    take: PAGE_SIZE + 1,
    select: { createdAt: true, postId: true, post: { select: postCardSelect(viewerId) } },
  });
  const page = toPage(rows.map((row) => ({ createdAt: row.createdAt, id: row.postId, post: row.post })));
  return { items: page.items.map((item) => toPostCard(item.post)), nextCursor: page.nextCursor };
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
 * many people used them, then by how many posts. Posts of suspended authors
 * do not count (`hiddenAccountIds`: no author is looked up per row).
 */
export function trendingStatement(limit = TRENDING_LIMIT): Prisma.Sql {
  return Prisma.sql`
    SELECT t.tag, count(DISTINCT t.author_id)::int AS people, count(*)::int AS posts
    FROM post_tags AS t
    WHERE t.created_at > now() - make_interval(hours => ${TRENDING_WINDOW_HOURS})
      AND t.author_id NOT IN ${hiddenAccountIds()}
    GROUP BY t.tag
    ORDER BY people DESC, posts DESC, t.tag
    LIMIT ${limit}`;
}

/** The most used tags of the last TRENDING_WINDOW_HOURS, most used first. */
export async function trendingTags(limit = TRENDING_LIMIT): Promise<TrendingTag[]> {
  return parseRows(trendingRow, await db.$queryRaw(trendingStatement(limit)));
}
