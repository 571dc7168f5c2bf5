import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountShown } from "@/lib/moderation/visibility";
import { type Cursor, PAGE_SIZE, decodeCursor, toPage } from "@/lib/pagination/cursor";
import { type PostPage, postCardSelect, toPostCard } from "@/lib/posts/queries";
import { accountShownTo, notBlockedWithSql } from "@/lib/safety/visibility";

/**
 * Prisma `where` for the bookmarks on one side of `cursor` in (createdAt DESC, postId DESC) order:
 * "lt" those after it (below, older), "gt" those before it (above, newer).
 */
function bookmarkedBeside(cursor: Cursor | null, side: "lt" | "gt") {
  if (!cursor) return {};
  return { OR: [{ createdAt: { [side]: cursor.createdAt } }, { createdAt: cursor.createdAt, postId: { [side]: cursor.id } }] };
}

/**
 * One page of `userId`'s bookmarked posts, newest bookmarked first, as feed
 * cards, in one statement (bookmarks_user_created_idx, then the cards' joins).
 * The cursor is the bookmark's (created_at, post_id), so bookmarking more
 * meanwhile cannot shift an item into a duplicate or a gap. Posts of suspended
 * authors, and of accounts that block the reader or that they blocked, are left
 * out like in every feed (the bookmark stays, for an unblock); a deleted post took
 * its bookmarks with it. Muted accounts' posts stay: the reader chose to keep them.
 */
export async function listBookmarks(userId: string, cursorToken?: string | null): Promise<PostPage> {
  const rows = await db.bookmark.findMany({
    where: { AND: [{ userId }, { post: { author: accountShownTo(userId) } }, bookmarkedBeside(decodeCursor(cursorToken), "lt")] },
    orderBy: [{ createdAt: "desc" }, { postId: "desc" }],
    take: PAGE_SIZE + 1,
    select: { createdAt: true, postId: true, post: { select: postCardSelect(userId) } },
  });
  const page = toPage(rows.map((row) => ({ createdAt: row.createdAt, id: row.postId, post: row.post })));
  return { items: page.items.map((item) => toPostCard(item.post)), nextCursor: page.nextCursor };
}

/**
 * SQL: the nearest of `taken`'s owner's bookmarks on one side of it in the page's order, whose post
 * is listed (`listBookmarks`): "<" the next one down (older), ">" the one above (newer). `bookmarkedBeside` in SQL, as a
 * walk of bookmarks_user_created_idx from `taken` that the LIMIT ends at the first shown post
 * (each post and its author a primary-key probe: `accountShown`, then the blocks both ways).
 */
function nearestBeside(side: "<" | ">"): Prisma.Sql {
  const order = Prisma.raw(side === "<" ? "DESC" : "ASC");
  return Prisma.sql`(
    SELECT beside.post_id AS "postId", ${Prisma.raw(side === "<" ? "1" : "2")} AS preference
    FROM bookmarks AS beside
    JOIN posts ON posts.id = beside.post_id
    WHERE beside.user_id = taken.user_id AND (beside.created_at, beside.post_id) ${Prisma.raw(side)} (taken.created_at, taken.post_id)
      AND ${accountShown("posts.author_id")} AND ${notBlockedWithSql(Prisma.raw("taken.user_id"), "posts.author_id")}
    ORDER BY beside.created_at ${order}, beside.post_id ${order}
    LIMIT 1)`;
}

const takingPlaceRow = z.object({ postId: z.string() });

/**
 * The post whose card takes the place of `postId`'s on `userId`'s bookmarks page once that bookmark
 * is taken back: the next one down, else the one above, as the focus goes with JavaScript; null when
 * none is left (or `postId` is not bookmarked). Read before the bookmark goes: it holds the place.
 * One statement: the taken bookmark and its nearest neighbour on each side, the one below preferred.
 */
export async function bookmarkTakingPlaceOf(userId: string, postId: string): Promise<string | null> {
  const rows = await db.$queryRaw`
    SELECT nearest."postId"
    FROM bookmarks AS taken
    CROSS JOIN LATERAL (${nearestBeside("<")} UNION ALL ${nearestBeside(">")}) AS nearest
    WHERE taken.user_id = ${userId} AND taken.post_id = ${postId}
    ORDER BY nearest.preference
    LIMIT 1`;
  return parseRows(takingPlaceRow, rows)[0]?.postId ?? null;
}
