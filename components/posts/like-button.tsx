"use client";

import { useOptimistic, useState, useTransition } from "react";
import { setLike, setLikeFromForm } from "@/lib/posts/actions";
import { InlineError } from "@/components/ui/inline-error";

type LikeButtonProps = { postId: string; liked: boolean; likeCount: number };
type LikeState = { liked: boolean; likeCount: number };

/**
 * Shows the new state the moment it is pressed and settles on what the server
 * answers (which wins if it refused). The form posts the wanted state, not a
 * toggle, so a double click cannot double-count. Without JavaScript it is a
 * plain form (setLikeFromForm) and the page comes back re-rendered; with it,
 * the submission is taken over here, which keeps the twenty like forms of a
 * feed page free of `useActionState`'s hidden inputs.
 */
export function LikeButton({ postId, liked, likeCount }: LikeButtonProps) {
  const [answer, setAnswer] = useState<Awaited<ReturnType<typeof setLike>> | null>(null);
  const settled: LikeState = answer?.ok ? answer : { liked, likeCount };
  const [shown, show] = useOptimistic(settled);
  const [, startTransition] = useTransition();

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    // React leaves the form's own action alone once the event is prevented.
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const wanted = !shown.liked;
    startTransition(async () => {
      show({ liked: wanted, likeCount: shown.likeCount + (wanted ? 1 : -1) });
      const result = await setLike(null, form);
      startTransition(() => setAnswer(result));
    });
  };

  return (
    <form action={setLikeFromForm} onSubmit={submit}>
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="like" value={String(!shown.liked)} />
      {/* .like styles itself by aria-pressed, and draws the heart (globals.css). */}
      <button type="submit" aria-pressed={shown.liked} aria-label={shown.liked ? "Unlike" : "Like"} className="like">
        <span className="heart" aria-hidden="true" />
        <span data-testid="like-count">{shown.likeCount}</span>
        <span className="sr-only">{shown.likeCount === 1 ? "like" : "likes"}</span>
      </button>
      <InlineError state={answer} />
    </form>
  );
}
