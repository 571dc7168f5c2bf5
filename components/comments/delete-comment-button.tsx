"use client";

import { removeQuestion } from "@/components/moderation/questions";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { useFocusAfterDeletion } from "@/components/ui/use-focus-after-deletion";
import { deleteComment } from "@/lib/comments/actions";
import { deleteCommentHref } from "@/lib/routes";
import { focusTargetsAfterDeleting } from "./focus-after-delete";

type DeleteCommentButtonProps = {
  commentId: string;
  /** Whose comment it is, which the button's name says when it is not the reader's own. */
  authorUsername: string;
  ownComment: boolean;
  asModerator?: boolean;
  /** The page is this comment's thread: the post's page follows. */
  leavesPage?: boolean;
  onDeleted?: (commentId: string) => void;
};

/**
 * Deletes a comment; an admin removing someone else's sees "Remove". Without
 * JavaScript it opens a confirmation page. The list is told, since comments
 * it loaded itself are not in the page the server sends again. The button goes
 * with the comment, and focus to what is next to it (focusTargetsAfterDeleting).
 */
export function DeleteCommentButton({ commentId, authorUsername, ownComment, asModerator = false, leavesPage = false, onDeleted }: DeleteCommentButtonProps) {
  const deleted = useFocusAfterDeletion();
  return (
    <ConfirmedActionButton
      action={deleteComment}
      fields={leavesPage ? { commentId, redirectTo: "post" } : { commentId }}
      confirmHref={deleteCommentHref(commentId)}
      question={asModerator ? removeQuestion("this comment") : "Delete this comment? This cannot be undone."}
      label={asModerator ? { idle: "Remove", pending: "Removing…" } : { idle: "Delete", pending: "Deleting…" }}
      // Named by whose comment it is, as Report is: the post's author may delete anyone's under it.
      ariaLabel={asModerator ? `Remove comment by @${authorUsername}` : ownComment ? "Delete your comment" : `Delete comment by @${authorUsername}`}
      formClassName="inline"
      // Deleting the thread's own comment leads to the post's page, which says so.
      onConfirmed={(form) => deleted(focusTargetsAfterDeleting(form), leavesPage ? null : asModerator ? "Comment removed." : "Comment deleted.")}
      onDone={() => onDeleted?.(commentId)}
      className="rounded px-1 text-sm text-zinc-600 hover:text-rose-700 disabled:opacity-60 dark:text-zinc-400 dark:hover:text-rose-400"
    />
  );
}
