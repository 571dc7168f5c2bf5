import { db } from "@/lib/db";
import { visibleAuthor } from "@/lib/moderation/visibility";
import { type Cursor, PAGE_SIZE, decodeCursor, toPage } from "@/lib/pagination/cursor";
import { type PostPage, postCardSelect, toPostCard } from "@/lib/posts/queries";

/** Prisma `where` for the bookmarks after `cursor` in (createdAt DESC, postId DESC) order. */
function bookmarkedBefore(cursor: Cursor | null) {
  if (!cursor) return {};
  return { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, postId: { lt: cursor.id } }] };
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
    where: { AND: [{ userId }, { post: visibleAuthor }, bookmarkedBefore(decodeCursor(cursorToken))] },
    orderBy: [{ createdAt: "desc" }, { postId: "desc" }],
    take: PAGE_SIZE + 1,
    select: { createdAt: true, postId: true, post: { select: postCardSelect(userId) } },
  });
  const page = toPage(rows.map((row) => ({ createdAt: row.createdAt, id: row.postId, post: row.post })));
  return { items: page.items.map((item) => toPostCard(item.post)), nextCursor: page.nextCursor };
}
