import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { removableCommentsBy } from "@/lib/moderation/permissions";
import { commentsShownTo, visibleAuthor } from "@/lib/moderation/visibility";
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

/**
 * The comment `viewer` is about to delete, for its confirmation page: only one
 * the delete itself would take (their own, one under their post; an admin's
 * any), else null, so the page is a 404 like any comment that is not there.
 */
export async function getRemovableComment(commentId: string, viewer: CurrentUser) {
  if (!/^[a-z0-9]{1,64}$/.test(commentId)) return null;
  return db.comment.findFirst({
    where: { id: commentId, AND: [removableCommentsBy(viewer), commentsShownTo(viewer)] },
    select: { id: true, text: true, postId: true, post: { select: { authorId: true } }, author: { select: publicUserSelect } },
  });
}
