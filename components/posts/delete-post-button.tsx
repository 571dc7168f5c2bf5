"use client";

import { useActionState } from "react";
import { deletePost } from "@/lib/posts/actions";
import { InlineError } from "@/components/ui/inline-error";

type DeletePostButtonProps = {
  postId: string;
  /** On the post's own page, go home afterwards. */
  redirectHome?: boolean;
  /** An admin removing someone else's post rather than the author deleting their own. */
  asModerator?: boolean;
};

/** The author's delete button, which is also an admin's "Remove post". */
export function DeletePostButton({ postId, redirectHome = false, asModerator = false }: DeletePostButtonProps) {
  const [state, dispatch, pending] = useActionState(deletePost, null);
  const question = asModerator ? "Remove this post for everyone? This cannot be undone." : "Delete this post? This cannot be undone.";
  const label = asModerator ? { idle: "Remove", pending: "Removing…" } : { idle: "Delete", pending: "Deleting…" };
  return (
    <form
      action={dispatch}
      onSubmit={(event) => {
        if (!window.confirm(question)) event.preventDefault();
      }}
    >
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="redirectTo" value={redirectHome ? "home" : ""} />
      <button
        type="submit"
        disabled={pending}
        aria-label={asModerator ? "Remove post" : undefined}
        className="pill hover:text-rose-700 disabled:opacity-60 dark:hover:text-rose-400"
      >
        {pending ? label.pending : label.idle}
      </button>
      <InlineError state={state} />
    </form>
  );
}
