import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostText } from "@/components/posts/post-text";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { Confirmation, ConfirmationQuote, confirmationTextStyle } from "@/components/ui/confirmation";
import { requireUser } from "@/lib/auth/current-user";
import { deleteComment } from "@/lib/comments/actions";
import { getRemovableComment } from "@/lib/comments/queries";
import { deleteCommentHref, postCommentsHref } from "@/lib/routes";

export const metadata: Metadata = { title: "Delete comment" };

// Where a comment's Delete (an admin's Remove) leads without JavaScript: only
// for a comment the viewer may delete, else a 404 (see getRemovableComment).
export default async function DeleteCommentPage({ params }: PageProps<"/comments/[id]/delete">) {
  const { id } = await params;
  const viewer = await requireUser(deleteCommentHref(id));
  const comment = await getRemovableComment(id, viewer);
  if (!comment) notFound();
  // As in the comment list: a comment of yours or under your post is deleted; an admin removes the others.
  const asModerator = viewer.id !== comment.author.id && viewer.id !== comment.post.authorId;

  return (
    <Confirmation title={asModerator ? "Remove this comment?" : "Delete this comment?"}>
      <p className={confirmationTextStyle}>It disappears for everyone. This cannot be undone.</p>
      <ConfirmationQuote byline={`${comment.author.displayName} (@${comment.author.username})`}>
        <PostText text={comment.text} />
      </ConfirmationQuote>
      <ConfirmForm
        action={deleteComment}
        fields={{ commentId: comment.id, redirectTo: "post" }}
        label={asModerator ? { idle: "Remove comment", pending: "Removing…" } : { idle: "Delete comment", pending: "Deleting…" }}
        cancelHref={postCommentsHref(comment.postId)}
      />
    </Confirmation>
  );
}
