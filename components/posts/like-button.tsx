"use client";

import { useActionState, useState } from "react";
import { setLike } from "@/lib/posts/actions";
import { InlineError } from "@/components/ui/inline-error";

type LikeButtonProps = { postId: string; liked: boolean; likeCount: number };

function HeartIcon({ filled }: { filled: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="size-5" fill={filled ? "currentColor" : "none"} stroke="currentColor" strokeWidth={2}>
      <path d="M12 21s-7.5-4.6-9.6-9.1C.9 8.6 3 5 6.6 5c2.1 0 3.6 1.2 5.4 3.1C13.8 6.2 15.3 5 17.4 5 21 5 23.1 8.6 21.6 11.9 19.5 16.4 12 21 12 21z" />
    </svg>
  );
}

/**
 * Shows the new state the moment it is pressed and settles on what the server
 * answers (which wins if it refused). The form posts the wanted state, not a
 * toggle, so it also works without JavaScript and a double click cannot
 * double-count.
 */
export function LikeButton({ postId, liked, likeCount }: LikeButtonProps) {
  const [state, dispatch, pending] = useActionState(setLike, null);
  const [wanted, setWanted] = useState(liked);

  const settled = state?.ok ? { liked: state.liked, likeCount: state.likeCount } : { liked, likeCount };
  const shownLiked = pending ? wanted : settled.liked;
  const shownCount = settled.likeCount + (shownLiked === settled.liked ? 0 : shownLiked ? 1 : -1);

  return (
    <form action={dispatch} onSubmit={() => setWanted(!shownLiked)} className="flex items-center gap-2">
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="like" value={String(!shownLiked)} />
      <button
        type="submit"
        aria-pressed={shownLiked}
        aria-label={shownLiked ? "Unlike" : "Like"}
        className={`inline-flex items-center gap-1.5 rounded-full px-2 py-1 hover:bg-rose-50 dark:hover:bg-rose-950 ${
          shownLiked ? "text-rose-700 dark:text-rose-400" : ""
        }`}
      >
        <HeartIcon filled={shownLiked} />
        <span data-testid="like-count">{shownCount}</span>
        <span className="sr-only">{shownCount === 1 ? "like" : "likes"}</span>
      </button>
      <InlineError state={state} />
    </form>
  );
}
