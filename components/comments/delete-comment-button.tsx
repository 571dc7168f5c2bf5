"use client";

import { useEffect, useRef } from "react";
import { removeQuestion } from "@/components/moderation/questions";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { focusFirstLeft } from "@/components/ui/focus-first-left";
import { deleteComment } from "@/lib/comments/actions";
import { deleteCommentHref } from "@/lib/routes";
import { focusTargetsAfterDeleting } from "./focus-after-delete";

type DeleteCommentButtonProps = {
  commentId: string;
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
export function DeleteCommentButton({ commentId, asModerator = false, leavesPage = false, onDeleted }: DeleteCommentButtonProps) {
  const focusAfter = useRef<HTMLElement[]>([]);
  useEffect(() => {
    const deletion = focusAfter;
    return () => focusFirstLeft(deletion.current);
  }, []);
  return (
    <ConfirmedActionButton
      action={deleteComment}
      fields={leavesPage ? { commentId, redirectTo: "post" } : { commentId }}
      confirmHref={deleteCommentHref(commentId)}
      question={asModerator ? removeQuestion("this comment") : "Delete this comment? This cannot be undone."}
      label={asModerator ? { idle: "Remove", pending: "Removing…" } : { idle: "Delete", pending: "Deleting…" }}
      ariaLabel={asModerator ? "Remove comment" : undefined}
      formClassName="inline"
      onConfirmed={(form) => {
        focusAfter.current = focusTargetsAfterDeleting(form);
      }}
      onDone={() => onDeleted?.(commentId)}
      className="rounded px-1 text-sm text-zinc-600 hover:text-rose-700 disabled:opacity-60 dark:text-zinc-400 dark:hover:text-rose-400"
    />
  );
}
