"use client";

import { setBookmark, setBookmarkFromForm } from "@/lib/bookmarks/actions";
import { InlineError } from "@/components/ui/inline-error";
import { useOptimisticForm } from "@/components/ui/use-optimistic-form";

type BookmarkButtonProps = { postId: string; bookmarked: boolean };

/**
 * Shows the new state the moment it is pressed and settles on what the
 * server answers (useOptimisticForm). The form posts the wanted state, not a
 * toggle, so it also works without JavaScript and a double click cannot undo
 * itself. The name stays "Bookmark"; aria-pressed says whether it is on.
 */
export function BookmarkButton({ postId, bookmarked }: BookmarkButtonProps) {
  const { shown, answer, submit } = useOptimisticForm(setBookmark, bookmarked, (result) => (result.ok ? result.bookmarked : null));

  return (
    <form action={setBookmarkFromForm} onSubmit={submit(!shown)}>
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="bookmark" value={String(!shown)} />
      {/* .bookmark styles itself by aria-pressed, and draws the ribbon (globals.css). */}
      <button type="submit" aria-pressed={shown} className="bookmark">
        <span className="ribbon" aria-hidden="true" />
        <span className="sr-only">Bookmark</span>
      </button>
      <InlineError state={answer} />
    </form>
  );
}
