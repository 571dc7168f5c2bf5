import { db } from "@/lib/db";
import { type UserPage, listedUserSelect, toUserPage } from "@/lib/follows/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Cursor, PAGE_SIZE, decodeCursor } from "@/lib/pagination/cursor";
import { accountShownTo } from "@/lib/safety/visibility";

/**
 * Likes or reposts before `cursor` in (createdAt DESC, userId DESC) order, the order of
 * likes_post_created_idx and reposts_post_created_idx.
 */
function olderThan(cursor: Cursor | null): Prisma.LikeWhereInput & Prisma.RepostWhereInput {
  if (!cursor) return {};
  return { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, userId: { lt: cursor.id } }] };
}

/**
 * The people who liked `postId`, most recent first, but for suspended
 * accounts (the same rule as the post's like count, lib/posts/queries.ts) and
 * those the viewer blocks or is blocked by (lib/safety).
 */
export async function listLikers(postId: string, cursorToken: string | null, viewerId: string | null): Promise<UserPage> {
  const rows = await db.like.findMany({
    where: { AND: [{ postId, user: accountShownTo(viewerId) }, olderThan(decodeCursor(cursorToken))] },
    orderBy: [{ createdAt: "desc" }, { userId: "desc" }],
    take: PAGE_SIZE + 1,
    select: { createdAt: true, user: { select: listedUserSelect(viewerId) } },
  });
  return toUserPage(rows.map((row) => ({ createdAt: row.createdAt, user: row.user })));
}

/** The people who reposted `postId`, most recent first, by the same rules as its likers (and its repost count). */
export async function listReposters(postId: string, cursorToken: string | null, viewerId: string | null): Promise<UserPage> {
  const rows = await db.repost.findMany({
    where: { AND: [{ postId, user: accountShownTo(viewerId) }, olderThan(decodeCursor(cursorToken))] },
    orderBy: [{ createdAt: "desc" }, { userId: "desc" }],
    take: PAGE_SIZE + 1,
    select: { createdAt: true, user: { select: listedUserSelect(viewerId) } },
  });
  return toUserPage(rows.map((row) => ({ createdAt: row.createdAt, user: row.user })));
}
