"use client";

import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { deleteComment } from "@/lib/comments/actions";
import { deleteCommentHref } from "@/lib/routes";

/** Deletes a comment; an admin removing someone else's sees "Remove". Without JavaScript it opens a confirmation page. */
export function DeleteCommentButton({ commentId, asModerator = false }: { commentId: string; asModerator?: boolean }) {
  return (
    <ConfirmedActionButton
      action={deleteComment}
      fields={{ commentId }}
      confirmHref={deleteCommentHref(commentId)}
      question={asModerator ? "Remove this comment for everyone? This cannot be undone." : "Delete this comment? This cannot be undone."}
      label={asModerator ? { idle: "Remove", pending: "Removing…" } : { idle: "Delete", pending: "Deleting…" }}
      ariaLabel={asModerator ? "Remove comment" : undefined}
      formClassName="inline"
      className="rounded px-1 text-sm text-zinc-600 hover:text-rose-700 disabled:opacity-60 dark:text-zinc-400 dark:hover:text-rose-400"
    />
  );
}
