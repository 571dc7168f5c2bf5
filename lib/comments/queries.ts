import { db } from "@/lib/db";
import { visibleAuthor } from "@/lib/moderation/visibility";
import { PAGE_SIZE, decodeCursor, newerThan, toPage } from "@/lib/pagination/cursor";
import { publicUserSelect } from "@/lib/profiles/public-user";

/** A post's comments, oldest first, so a conversation reads top to bottom; suspended accounts' are left out. */
export async function listComments(postId: string, cursorToken?: string | null) {
  const rows = await db.comment.findMany({
    where: { AND: [{ postId }, visibleAuthor, newerThan(decodeCursor(cursorToken))] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      text: true,
      createdAt: true,
      author: { select: publicUserSelect },
    },
  });
  return toPage(rows);
}

export type CommentItem = Awaited<ReturnType<typeof listComments>>["items"][number];
