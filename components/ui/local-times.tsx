"use client";

import { useEffect } from "react";
import { formatFullDate } from "./relative-time";

/**
 * Gives a titled time (RelativeTime) its title in the reader's time zone, as it
 * is about to show, after its `data-local-title` prefix if it has one ("Edited ").
 */
function localiseTitle(event: Event) {
  const time = event.target instanceof Element ? event.target.closest("time[title]") : null;
  if (!(time instanceof HTMLTimeElement)) return;
  time.title = `${time.dataset.localTitle ?? ""}${formatFullDate(new Date(time.dateTime))}`;
}

/**
 * The reader's time zone is known only in the browser, so the server titles
 * times in UTC, and this island, once in the root layout, retitles each one
 * in the reader's time zone when it is hovered or focused: one listener for
 * the whole document, so cards loaded later need nothing, and no text changes
 * under React's hydration.
 */
export function LocalTimes() {
  useEffect(() => {
    document.addEventListener("pointerover", localiseTitle);
    document.addEventListener("focusin", localiseTitle);
    return () => {
      document.removeEventListener("pointerover", localiseTitle);
      document.removeEventListener("focusin", localiseTitle);
    };
  }, []);
  return null;
}
