"use client";

import { useActionState } from "react";
import { deletePost } from "@/lib/posts/actions";
import { InlineError } from "@/components/ui/inline-error";

/** The author's delete button; on the post's own page it returns home afterwards. */
export function DeletePostButton({ postId, redirectHome = false }: { postId: string; redirectHome?: boolean }) {
  const [state, dispatch, pending] = useActionState(deletePost, null);
  return (
    <form
      action={dispatch}
      onSubmit={(event) => {
        if (!window.confirm("Delete this post? This cannot be undone.")) event.preventDefault();
      }}
    >
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="redirectTo" value={redirectHome ? "home" : ""} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-full px-2 py-1 text-sm hover:bg-zinc-100 hover:text-rose-700 disabled:opacity-60 dark:hover:bg-zinc-900 dark:hover:text-rose-400"
      >
        {pending ? "Deleting…" : "Delete"}
      </button>
      <InlineError state={state} />
    </form>
  );
}
