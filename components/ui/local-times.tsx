"use client";

import { useEffect } from "react";
import { formatFullDate } from "./relative-time";

/**
 * Gives a time (RelativeTime) its title in the reader's time zone, as it is
 * about to show, after its `data-local-title` prefix if it has one ("Edited ").
 */
function localiseTitle(event: Event) {
  const time = event.target instanceof Element ? event.target.closest("time[datetime]") : null;
  if (!(time instanceof HTMLTimeElement)) return;
  time.title = `${time.dataset.localTitle ?? ""}${formatFullDate(new Date(time.dateTime))}`;
}

/**
 * The reader's time zone is known only in the browser, so this island, once in
 * the root layout, titles each time in the reader's time zone when it is
 * hovered or focused: one listener for the whole document, so cards loaded
 * later need nothing, and no text changes under React's hydration. The server
 * sends no title: a title in UTC cost every time on a page about 35 bytes and a
 * date format, to help only readers without JavaScript (BENCHMARKS.md, session 23).
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
