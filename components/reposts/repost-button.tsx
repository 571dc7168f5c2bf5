"use client";

import { InlineError } from "@/components/ui/inline-error";
import { useOptimisticForm } from "@/components/ui/use-optimistic-form";
import { setRepost, setRepostFromForm } from "@/lib/reposts/actions";

type RepostButtonProps = { postId: string; reposted: boolean; repostCount: number };

/**
 * Reposts or takes back the repost, like the like button: the new state shows
 * at once and settles on the server's answer; the form posts the wanted state,
 * so a double click cannot undo itself; without JavaScript it is a plain form.
 */
export function RepostButton({ postId, reposted, repostCount }: RepostButtonProps) {
  const { shown, answer, submit } = useOptimisticForm(setRepost, { reposted, repostCount }, (result) =>
    result.ok ? { reposted: result.reposted, repostCount: result.repostCount } : null,
  );
  const wanted = { reposted: !shown.reposted, repostCount: shown.repostCount + (shown.reposted ? -1 : 1) };

  return (
    <form action={setRepostFromForm} onSubmit={submit(wanted)}>
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="repost" value={String(wanted.reposted)} />
      {/* .repost styles itself by aria-pressed and draws the arrows (app/styles/reposts.css). */}
      <button
        type="submit"
        aria-pressed={shown.reposted}
        aria-label={`${shown.reposted ? "Undo repost" : "Repost"}, ${shown.repostCount} ${shown.repostCount === 1 ? "repost" : "reposts"}`}
        className="repost"
      >
        <span className="arrows" aria-hidden="true" />
        <span data-testid="repost-count">{shown.repostCount > 0 && shown.repostCount}</span>
      </button>
      <InlineError state={answer} />
    </form>
  );
}
