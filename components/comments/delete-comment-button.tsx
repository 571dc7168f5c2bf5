"use client";

import { useActionState } from "react";
import { deleteComment } from "@/lib/comments/actions";
import { InlineError } from "@/components/ui/inline-error";

export function DeleteCommentButton({ commentId }: { commentId: string }) {
  const [state, dispatch, pending] = useActionState(deleteComment, null);
  return (
    <form action={dispatch} className="inline">
      <input type="hidden" name="commentId" value={commentId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded px-1 text-sm text-zinc-600 hover:text-rose-700 disabled:opacity-60 dark:text-zinc-400 dark:hover:text-rose-400"
      >
        {pending ? "Deleting…" : "Delete"}
      </button>
      <InlineError state={state} />
    </form>
  );
}
