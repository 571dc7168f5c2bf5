"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed";
import { sentWithoutJavaScript } from "@/lib/actions/no-javascript";
import { refusedForm } from "@/lib/actions/result";
import { afterCommentChange } from "@/lib/actions/revalidate";
import { postTextEcho } from "@/lib/posts/schema";
import { commentSentHref, postCommentsAfterDeletionHref } from "@/lib/routes";
import { commentSchema, deleteCommentSchema } from "./schema";
import * as comments from "./service";

export const addComment = authedAction({ fields: ["text"], given: ["postId", "parentId"], schema: commentSchema, echo: postTextEcho }, async (user, input) => {
  const added = await comments.addComment(user, input);
  // The text comes back with the refusal, so the box keeps it (the schema bounds it).
  if (!added.ok) return refusedForm(added, { text: input.text });
  afterCommentChange(input.postId);
  // Without JavaScript, the page the form was on afresh, showing it: reloading that sends nothing again.
  if (await sentWithoutJavaScript()) redirect(commentSentHref(input.postId, input.parentId, added.comment.id));
  // The page shows the new comment at the end of its branch even when that is not yet loaded.
  return { ok: true, message: input.parentId === null ? "Comment added." : "Reply added.", comment: added.comment };
});

export const deleteComment = authedAction({ fields: [], given: ["commentId", "redirectTo"], schema: deleteCommentSchema }, async (user, input) => {
  const deleted = await comments.deleteComment(user, input);
  if (!deleted.ok) return refusedForm(deleted);
  afterCommentChange(deleted.postId);
  // From the comment's own page, or its confirmation page, which are gone: the post's comments, which say so.
  const outcome = deleted.byModerator ? "removed" : "deleted";
  if (input.redirectTo === "post") redirect(postCommentsAfterDeletionHref(deleted.postId, outcome));
  return { ok: true, message: `Comment ${outcome}.` };
});
