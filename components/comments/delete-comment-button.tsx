"use client";

import { useActionState, useEffect } from "react";
import { deleteComment } from "@/lib/comments/actions";
import { InlineError } from "@/components/ui/inline-error";

type DeleteCommentButtonProps = { commentId: string; asModerator?: boolean; onDeleted?: (commentId: string) => void };

/**
 * Deletes a comment; an admin removing someone else's sees "Remove". The
 * list is told, since comments it loaded itself are not in the page the
 * server sends again.
 */
export function DeleteCommentButton({ commentId, asModerator = false, onDeleted }: DeleteCommentButtonProps) {
  const [state, dispatch, pending] = useActionState(deleteComment, null);
  const label = asModerator ? { idle: "Remove", pending: "Removing…" } : { idle: "Delete", pending: "Deleting…" };
  useEffect(() => {
    if (state?.ok) onDeleted?.(commentId);
  }, [state, onDeleted, commentId]);
  return (
    <form action={dispatch} className="inline">
      <input type="hidden" name="commentId" value={commentId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={asModerator ? "Remove comment" : undefined}
        className="rounded px-1 text-sm text-zinc-600 hover:text-rose-700 disabled:opacity-60 dark:text-zinc-400 dark:hover:text-rose-400"
      >
        {pending ? label.pending : label.idle}
      </button>
      <InlineError state={state} />
    </form>
  );
}
