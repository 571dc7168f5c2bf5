"use client";

import { useActionState, useState } from "react";
import { setBookmark } from "@/lib/bookmarks/actions";
import { InlineError } from "@/components/ui/inline-error";

type BookmarkButtonProps = { postId: string; bookmarked: boolean };

/**
 * Shows the new state the moment it is pressed and settles on what the server
 * answers (which wins if it refused). The form posts the wanted state, not a
 * toggle, so it also works without JavaScript and a double click cannot undo
 * itself. The name stays "Bookmark"; aria-pressed says whether it is on.
 */
export function BookmarkButton({ postId, bookmarked }: BookmarkButtonProps) {
  const [state, dispatch, pending] = useActionState(setBookmark, null);
  const [wanted, setWanted] = useState(bookmarked);

  const settled = state?.ok ? state.bookmarked : bookmarked;
  const shown = pending ? wanted : settled;

  return (
    <form action={dispatch} onSubmit={() => setWanted(!shown)}>
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="bookmark" value={String(!shown)} />
      {/* .bookmark styles itself by aria-pressed, and draws the ribbon (globals.css). */}
      <button type="submit" aria-pressed={shown} className="bookmark">
        <span className="ribbon" aria-hidden="true" />
        <span className="sr-only">Bookmark</span>
      </button>
      <InlineError state={state} />
    </form>
  );
}
