"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed";
import { failure } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { isForeignKeyViolation } from "@/lib/db-errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { requestLogger } from "@/lib/logging/request-logger";
import { removableCommentsBy } from "@/lib/moderation/permissions";
import { commentsShownTo, visibleAuthor } from "@/lib/moderation/visibility";
import { POST_GONE_FOR_COMMENTS, commentIdSchema, commentSchema, postTextEcho } from "@/lib/posts/schema";

function isRecordNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}

export const addComment = authedAction({ fields: ["postId", "text"], schema: commentSchema, echo: postTextEcho }, async (user, input) => {
  try {
    // Created through the post, found by the same rule its page uses: a post that
    // is gone or whose author is suspended takes no comment (one transaction).
    await db.post.update({
      where: { id: input.postId, AND: [visibleAuthor] },
      data: { comments: { create: { authorId: user.id, text: input.text } } },
      select: { id: true },
    });
  } catch (error) {
    if (isRecordNotFound(error) || isForeignKeyViolation(error)) return failure(POST_GONE_FOR_COMMENTS);
    throw error;
  }
  revalidatePath(`/p/${input.postId}`);
  return { ok: true, message: "Comment added." };
});

/**
 * The comment's author, the post's author and admins may delete it, and only a
 * comment they can see (admins see all): both rules are part of the delete query.
 */
export const deleteComment = authedAction({ fields: ["commentId"], schema: commentIdSchema }, async (user, input) => {
  const comment = await db.comment.findUnique({ where: { id: input.commentId }, select: { postId: true } });
  const { count } = await db.comment.deleteMany({
    where: { id: input.commentId, AND: [removableCommentsBy(user), commentsShownTo(user)] },
  });
  if (count === 0 || !comment) return failure("This comment is gone or is not yours to delete.");
  (await requestLogger()).info(
    { event: "comment-deleted", commentId: input.commentId, postId: comment.postId, userId: user.id },
    "Comment deleted",
  );
  revalidatePath(`/p/${comment.postId}`);
  return { ok: true, message: "Comment deleted." };
});
