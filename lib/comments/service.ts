import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { isForeignKeyViolation, isRecordNotFound } from "@/lib/db-errors";
import { requestLogger } from "@/lib/logging/request-logger";
import { removableCommentsBy } from "@/lib/moderation/permissions";
import { commentsShownTo, visibleAuthor } from "@/lib/moderation/visibility";
import { afterWrite } from "@/lib/services/after-write";
import { type Refusal, refusal } from "@/lib/services/refusal";
import { type CommentItem, commentSelect } from "./queries";
import { POST_GONE_FOR_COMMENTS } from "./schema";

/** Adds `author`'s comment to a post they can see, and answers with it as lists show it. */
export async function addComment(
  author: CurrentUser,
  input: { postId: string; text: string },
): Promise<{ ok: true; comment: CommentItem } | Refusal> {
  try {
    const comment = await db.$transaction(async (tx) => {
      // Connected to the post found by the same rule its page uses: a post
      // that is gone or whose author is suspended takes no comment.
      const created = await tx.comment.create({
        data: { text: input.text, author: { connect: { id: author.id } }, post: { connect: { id: input.postId, AND: [visibleAuthor] } } },
        select: commentSelect,
      });
      await afterWrite(tx, { type: "comment-added", commentId: created.id, postId: input.postId, authorId: author.id });
      return created;
    });
    return { ok: true, comment };
  } catch (error) {
    if (isRecordNotFound(error) || isForeignKeyViolation(error)) return refusal(POST_GONE_FOR_COMMENTS);
    throw error;
  }
}

/**
 * The comment's author, the post's author and admins may delete it, and only a
 * comment they can see (admins see all): both rules are part of the delete query.
 * Answers with the post it was under.
 */
export async function deleteComment(user: CurrentUser, input: { commentId: string }): Promise<{ ok: true; postId: string } | Refusal> {
  const postId = await db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: input.commentId }, select: { postId: true } });
    const { count } = await tx.comment.deleteMany({
      where: { id: input.commentId, AND: [removableCommentsBy(user), commentsShownTo(user)] },
    });
    if (count === 0 || !comment) return null;
    await afterWrite(tx, { type: "comment-deleted", commentId: input.commentId, postId: comment.postId, byUserId: user.id });
    return comment.postId;
  });
  if (postId === null) return refusal("This comment is gone or is not yours to delete.");
  (await requestLogger()).info({ event: "comment-deleted", commentId: input.commentId, postId, userId: user.id }, "Comment deleted");
  return { ok: true, postId };
}
