import { db } from "@/lib/db";
import { visibleAuthor } from "@/lib/moderation/visibility";
import { type Cursor, PAGE_SIZE, decodeCursor, toPage } from "@/lib/pagination/cursor";
import { type PostPage, postCardSelect, toPostCard } from "@/lib/posts/queries";

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
 * authors are left out like in every feed; a deleted post took its bookmarks with it.
 */
export async function listBookmarks(userId: string, cursorToken?: string | null): Promise<PostPage> {
  const rows = await db.bookmark.findMany({
    where: { AND: [{ userId }, { post: visibleAuthor }, bookmarkedBeside(decodeCursor(cursorToken), "lt")] },
    orderBy: [{ createdAt: "desc" }, { postId: "desc" }],
    take: PAGE_SIZE + 1,
    select: { createdAt: true, postId: true, post: { select: postCardSelect(userId) } },
  });
  const page = toPage(rows.map((row) => ({ createdAt: row.createdAt, id: row.postId, post: row.post })));
  return { items: page.items.map((item) => toPostCard(item.post)), nextCursor: page.nextCursor };
}

/**
 * The post whose card takes the place of `postId`'s on `userId`'s bookmarks page once that bookmark
 * is taken back: the next one down, else the one above, as the focus goes with JavaScript; null when
 * none is left (or `postId` is not bookmarked). Read before the bookmark goes: it holds the place.
 */
export async function bookmarkTakingPlaceOf(userId: string, postId: string): Promise<string | null> {
  const taken = await db.bookmark.findUnique({ where: { userId_postId: { userId, postId } }, select: { createdAt: true } });
  if (!taken) return null;
  const place = { createdAt: taken.createdAt, id: postId };
  const below = await db.bookmark.findFirst({
    where: { AND: [{ userId }, { post: visibleAuthor }, bookmarkedBeside(place, "lt")] },
    orderBy: [{ createdAt: "desc" }, { postId: "desc" }],
    select: { postId: true },
  });
  if (below) return below.postId;
  const above = await db.bookmark.findFirst({
    where: { AND: [{ userId }, { post: visibleAuthor }, bookmarkedBeside(place, "gt")] },
    orderBy: [{ createdAt: "asc" }, { postId: "asc" }],
    select: { postId: true },
  });
  return above?.postId ?? null;
}
