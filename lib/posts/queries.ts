import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, decodeCursor, olderThan, toPage } from "@/lib/pagination/cursor";

/** Everything a post card shows, fetched for a whole page in a fixed number of queries. */
export const postCardSelect = {
  id: true,
  text: true,
  createdAt: true,
  author: { select: { id: true, username: true, displayName: true, avatarKey: true } },
  images: { select: { id: true, fileKey: true, width: true, height: true, alt: true }, orderBy: { position: "asc" } },
  _count: { select: { likes: true, comments: true } },
} satisfies Prisma.PostSelect;

export type PostCard = Prisma.PostGetPayload<{ select: typeof postCardSelect }>;

/** All posts, newest first: the explore feed. */
export async function listLatestPosts(cursorToken?: string | null) {
  const rows = await db.post.findMany({
    where: olderThan(decodeCursor(cursorToken)),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: postCardSelect,
  });
  return toPage(rows);
}
