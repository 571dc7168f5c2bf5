"use client";

import { statusStyle } from "./form-message";

/** Takes the focus once on the page, the ref being stable: React itself autofocuses only form controls. */
function focusOnArrival(status: HTMLParagraphElement | null) {
  status?.focus();
}

/**
 * A status line that takes the focus where it appears, for what an action did when the control
 * that sent it is gone (a sent report's form, a deleted post's page): a screen reader reads it
 * out, and the keyboard carries on from there. The browser's `autofocus` does it without
 * JavaScript, the ref with it.
 */
export function FocusedStatus({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <p role="status" tabIndex={-1} autoFocus ref={focusOnArrival} className={[statusStyle, className].filter(Boolean).join(" ")}>
      {children}
    </p>
  );
}
