"use client";

import { setLike, setLikeFromForm } from "@/lib/posts/actions";
import { InlineError } from "@/components/ui/inline-error";
import { useOptimisticForm } from "@/components/ui/use-optimistic-form";

type LikeButtonProps = { postId: string; liked: boolean; likeCount: number };

/**
 * Shows the new state the moment it is pressed and settles on what the
 * server answers (useOptimisticForm). The form posts the wanted state, not a
 * toggle, so a double click cannot double-count; without JavaScript it is a
 * plain form and the page comes back re-rendered.
 */
export function LikeButton({ postId, liked, likeCount }: LikeButtonProps) {
  const { shown, answer, submit } = useOptimisticForm(setLike, { liked, likeCount }, (result) =>
    result.ok ? { liked: result.liked, likeCount: result.likeCount } : null,
  );
  const wanted = { liked: !shown.liked, likeCount: shown.likeCount + (shown.liked ? -1 : 1) };

  return (
    <form action={setLikeFromForm} onSubmit={submit(wanted)}>
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="like" value={String(wanted.liked)} />
      {/* .like styles itself by aria-pressed, and draws the heart (globals.css). */}
      <button
        type="submit"
        aria-pressed={shown.liked}
        aria-label={`${shown.liked ? "Unlike" : "Like"}, ${shown.likeCount} ${shown.likeCount === 1 ? "like" : "likes"}`}
        className="like"
      >
        <span className="heart" aria-hidden="true" />
        {/* Hidden at zero, as peers do; the name above still says "0 likes". */}
        <span data-testid="like-count">{shown.likeCount > 0 && shown.likeCount}</span>
      </button>
      <InlineError state={answer} />
    </form>
  );
}
