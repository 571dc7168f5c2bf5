"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed";
import { failure } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { requestLogger } from "@/lib/logging/request-logger";
import { removableCommentsBy } from "@/lib/moderation/permissions";
import { commentIdSchema, commentSchema, postTextEcho } from "@/lib/posts/schema";

export const addComment = authedAction({ fields: ["postId", "text"], schema: commentSchema, echo: postTextEcho }, async (user, input) => {
  try {
    await db.comment.create({ data: { postId: input.postId, authorId: user.id, text: input.text } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
      return failure("This post was deleted, so it can no longer be commented on.");
    }
    throw error;
  }
  revalidatePath(`/p/${input.postId}`);
  return { ok: true, message: "Comment added." };
});

/** The comment's author, the post's author and admins may delete it; the rule is part of the delete query. */
export const deleteComment = authedAction({ fields: ["commentId"], schema: commentIdSchema }, async (user, input) => {
  const comment = await db.comment.findUnique({ where: { id: input.commentId }, select: { postId: true } });
  const { count } = await db.comment.deleteMany({
    where: { id: input.commentId, AND: [removableCommentsBy(user)] },
  });
  if (count === 0 || !comment) return failure("This comment is gone or is not yours to delete.");
  (await requestLogger()).info(
    { event: "comment-deleted", commentId: input.commentId, postId: comment.postId, userId: user.id },
    "Comment deleted",
  );
  revalidatePath(`/p/${comment.postId}`);
  return { ok: true, message: "Comment deleted." };
});
