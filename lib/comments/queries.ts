import { db } from "@/lib/db";
import { recordId } from "@/lib/validation/ids";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { removableCommentsBy } from "@/lib/moderation/permissions";
import { activeAccount, commentsShownTo, visibleComment } from "@/lib/moderation/visibility";
import { PAGE_SIZE, decodeCursor, newerThan, notNewerThan, toPage } from "@/lib/pagination/cursor";
import { publicUserSelect } from "@/lib/profiles/public-user";

export const commentSelect = {
  id: true,
  text: true,
  createdAt: true,
  author: { select: publicUserSelect },
  // The shown accounts the text mentions: which "@name"s become links (LinkedText).
  mentions: { where: { user: activeAccount }, select: { user: { select: { username: true } } } },
} satisfies Prisma.CommentSelect;

export type CommentItem = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

/**
 * The most comments a page keeps above the page it was asked for, when it is
 * asked for a later page without JavaScript: a conversation of 20,000 comments
 * must not become one page of 20,000.
 */
export const EARLIER_COMMENTS_KEPT = 9 * PAGE_SIZE;

/**
 * The page of a post's comments after `cursorToken`, oldest first, so a
 * conversation reads top to bottom. Those of suspended accounts, and all of
 * a suspended account's post, are left out.
 */
export async function listComments(postId: string, cursorToken?: string | null) {
  const rows = await db.comment.findMany({
    where: { AND: [{ postId }, visibleComment, newerThan(decodeCursor(cursorToken))] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: PAGE_SIZE + 1,
    select: commentSelect,
  });
  return toPage(rows);
}

export type CommentThread = Awaited<ReturnType<typeof listComments>> & {
  /** Whether comments older than the first shown were left out (see EARLIER_COMMENTS_KEPT). */
  earlierLeftOut: boolean;
};

/**
 * A post's comments as its page shows them: the page after `cursorToken`
 * below the comments up to it, so following "More comments" without
 * JavaScript adds to the list instead of replacing it. Two keyset reads of
 * comments_post_created_idx at most, whatever the depth.
 */
export async function listCommentThread(postId: string, cursorToken?: string | null): Promise<CommentThread> {
  const cursor = decodeCursor(cursorToken);
  if (!cursor) return { ...(await listComments(postId)), earlierLeftOut: false };
  const [earlier, page] = await Promise.all([
    db.comment.findMany({
      where: { AND: [{ postId }, visibleComment, notNewerThan(cursor)] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: EARLIER_COMMENTS_KEPT + 1,
      select: commentSelect,
    }),
    listComments(postId, cursorToken),
  ]);
  return {
    items: [...earlier.slice(0, EARLIER_COMMENTS_KEPT).reverse(), ...page.items],
    nextCursor: page.nextCursor,
    earlierLeftOut: earlier.length > EARLIER_COMMENTS_KEPT,
  };
}

/**
 * The comment `viewer` is about to delete, for its confirmation page: only one
 * the delete itself would take (their own, one under their post; an admin's
 * any), else null, so the page is a 404 like any comment that is not there.
 */
export async function getRemovableComment(commentId: string, viewer: CurrentUser) {
  if (!recordId().safeParse(commentId).success) return null;
  return db.comment.findFirst({
    where: { id: commentId, AND: [removableCommentsBy(viewer), commentsShownTo(viewer)] },
    select: { id: true, text: true, postId: true, post: { select: { authorId: true } }, author: { select: publicUserSelect } },
  });
}
