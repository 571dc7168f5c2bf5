"use client";

import { useFormStatus } from "react-dom";

/**
 * True while the form around the caller is being sent: its text fields are then read-only, as
 * Mastodon's and Bluesky's composers are, so nothing is typed that the answer would throw away
 * (a success starts the form over). Read-only rather than disabled: the focus and the caret stay
 * where they were, and the browser tells screen readers the box is read-only. A refusal gives the
 * fields back holding what was sent. A form that takes its own submission over counts too, as it
 * sends in a transition (ComposeForm).
 */
export function useReadOnlyWhileSent(): boolean {
  return useFormStatus().pending;
}
