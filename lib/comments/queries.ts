import { db } from "@/lib/db";
import { recordId } from "@/lib/validation/ids";
import type { CurrentUser } from "@/lib/auth/current-user";
import { Prisma } from "@/lib/generated/prisma/client";
import { removableCommentsBy } from "@/lib/moderation/permissions";
import { accountShown, activeAccount, commentsShownTo } from "@/lib/moderation/visibility";
import { ownListsHideAny } from "@/lib/safety/queries";
import { publicUserSelect } from "@/lib/profiles/public-user";
import { authoredComment } from "./authored";

export const commentSelect = {
  id: true,
  parentId: true,
  text: true,
  createdAt: true,
  author: { select: publicUserSelect },
  // The shown accounts the text mentions: which "@name"s become links (LinkedText).
  mentions: { where: { user: activeAccount }, select: { user: { select: { username: true } } } },
} satisfies Prisma.CommentSelect;

export type CommentItem = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

/**
 * `authorId`'s own comment under `parentId` (null: on the post itself) of post `postId`, as lists
 * show it, else null: the comment just sent without JavaScript, which its page shows marked.
 */
export async function getSentComment(commentId: unknown, postId: string, parentId: string | null, authorId: string): Promise<CommentItem | null> {
  const id = recordId().safeParse(commentId);
  if (!id.success) return null;
  return db.comment.findFirst({ where: { id: id.data, postId, parentId, authorId, deletedAt: null }, select: commentSelect });
}

/**
 * The comment `viewer` is about to delete, for its confirmation page: only one
 * the delete itself would take (their own, one under their post; an admin's
 * any), else null, so the page is a 404 like any comment that is not there.
 */
export async function getRemovableComment(commentId: string, viewer: CurrentUser) {
  if (!recordId().safeParse(commentId).success) return null;
  return authoredComment(
    await db.comment.findFirst({
      where: { id: commentId, deletedAt: null, AND: [removableCommentsBy(viewer), commentsShownTo(viewer)] },
      select: { id: true, text: true, postId: true, post: { select: { authorId: true } }, author: { select: publicUserSelect } },
    }),
  );
}

/**
 * Whether comments on the post are by accounts the viewer blocked or muted: asked when its
 * comments list nothing, so that the page says why rather than that no one has commented.
 */
export function listsHideComments(postId: string, viewerId: string | null): Promise<boolean> {
  const listable = Prisma.sql`FROM comments AS c WHERE c.post_id = ${postId} AND c.deleted_at IS NULL AND ${accountShown("c.author_id")}`;
  return ownListsHideAny(viewerId, listable, "c.author_id");
}
