"use client";

import { useEffect } from "react";
import { FocusedStatus } from "@/components/ui/focused-status";
import { POST_OUTCOME_PARAM, type PostOutcome } from "@/lib/routes";

// As the home page's composer says it in place; "edited" on the post's own page (postEditedHref).
const SAID: Record<PostOutcome | "edited", string> = { posted: "Posted.", deleted: "Post deleted.", removed: "Post removed.", edited: "Post saved." };

/**
 * What the home page says, focused, after a post was sent from the composer's own page, or deleted
 * (removed by an admin) from its own page, which is gone (lib/posts/actions.ts); and what a post's
 * own page says after its author saved an edit. It is news once:
 * with JavaScript, the address drops its `?post=` once it is said, so that a reload, or the address
 * shared, does not say it again. Without JavaScript it stays, until a card's form or a follow brings
 * the reader back (pageAddress, lib/navigation/page-notice.ts).
 */
export function PostOutcomeNotice({ outcome }: { outcome: PostOutcome | "edited" }) {
  useEffect(forgetOutcomeInAddress, []);
  return <FocusedStatus className="mb-4">{SAID[outcome]}</FocusedStatus>;
}

/**
 * The address without `?post=`, in place: Next.js's router takes the native replaceState as the
 * page's new address (which its later updates keep), without a navigation or a request, so the
 * page, and this notice, stay as they are.
 */
function forgetOutcomeInAddress() {
  const address = new URL(window.location.href);
  address.searchParams.delete(POST_OUTCOME_PARAM);
  window.history.replaceState(null, "", address);
}
