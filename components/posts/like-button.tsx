"use client";

import { useActionState, useState } from "react";
import { setLike } from "@/lib/posts/actions";
import { InlineError } from "@/components/ui/inline-error";

type LikeButtonProps = { postId: string; liked: boolean; likeCount: number };

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
    <form action={dispatch} onSubmit={() => setWanted(!shownLiked)}>
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="like" value={String(!shownLiked)} />
      {/* .like styles itself by aria-pressed, and draws the heart (globals.css). */}
      <button
        type="submit"
        aria-pressed={shownLiked}
        aria-label={`${shownLiked ? "Unlike" : "Like"}, ${shownCount} ${shownCount === 1 ? "like" : "likes"}`}
        className="like"
      >
        <span className="heart" aria-hidden="true" />
        {/* Hidden at zero, as peers do; the name above still says "0 likes". */}
        <span data-testid="like-count">{shownCount > 0 && shownCount}</span>
      </button>
      <InlineError state={state} />
    </form>
  );
}
