import type { Metadata } from "next";
import { cache } from "react";
import { PostText } from "@/components/posts/post-text";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { Confirmation, ConfirmationQuote, confirmationTextStyle } from "@/components/ui/confirmation";
import { PageNotFound } from "@/components/ui/not-found-pages";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { deleteComment } from "@/lib/comments/actions";
import { getRemovableComment } from "@/lib/comments/queries";
import { missingPage } from "@/lib/navigation/missing-page";
import { deleteCommentHref, postCommentsHref } from "@/lib/routes";

/** The comment, when the viewer may delete or remove it, else null: asked once for the page and its title. */
const removableComment = cache(async (id: string) => {
  const viewer = await getCurrentUser();
  return viewer && getRemovableComment(id, viewer);
});

export async function generateMetadata({ params }: PageProps<"/comments/[id]/delete">): Promise<Metadata> {
  return { title: (await removableComment((await params).id)) ? "Delete comment" : "Page not found" };
}

// Where a comment's Delete (an admin's Remove) leads without JavaScript: only
// for a comment the viewer may delete, else a 404 (see getRemovableComment).
export default async function DeleteCommentPage({ params }: PageProps<"/comments/[id]/delete">) {
  const { id } = await params;
  const viewer = await requireUser(deleteCommentHref(id));
  const comment = await removableComment(id);
  if (!comment) return missingPage(<PageNotFound />);
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
