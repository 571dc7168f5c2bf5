"use client";

import type { PostGone } from "@/lib/routes";

const SAID: Record<PostGone, string> = { deleted: "Post deleted.", removed: "Post removed." };

/** Takes the focus once on the page, the ref being stable: React itself autofocuses only form controls. */
function focusOnArrival(notice: HTMLParagraphElement | null) {
  notice?.focus();
}

/**
 * What the home page says after a post was deleted (or removed by an admin) from its own
 * page, which is gone (lib/posts/actions.ts). It takes the focus, so a keyboard or screen
 * reader user hears it and carries on from the top of the page they landed on: the
 * browser's `autofocus` does it without JavaScript, the ref with it.
 */
export function PostGoneNotice({ how }: { how: PostGone }) {
  return (
    <p
      role="status"
      tabIndex={-1}
      autoFocus
      ref={focusOnArrival}
      className="mb-4 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
    >
      {SAID[how]}
    </p>
  );
}
