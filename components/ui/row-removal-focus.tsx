"use client";

import { useEffect, useRef } from "react";
import { TABBABLE, focusFirstLeft } from "./focus-first-left";

/**
 * The place of a sent row whose whole list left the page with it, for a list that takes its
 * place in the same commit: an empty home feed's suggestions, replaced by the feed and the
 * suggestions above it once the newcomer follows someone. Taken, or cleared once that commit
 * is over; then the focus goes on to what followed the list (the feed, once the member follows
 * enough people for the suggestions to go).
 */
let handedOverPlace: number | null = null;

/**
 * A list whose rows go away by their own forms (an unblocked or unmuted account, a removed muted
 * word, a suggested account once followed), keeping the keyboard's place: once the row whose form
 * was sent has left the list, focus moves to the button of the row that took its place, else of
 * the row before, else to the list's area, where it says it is empty. Otherwise it would fall to
 * the page's body. When the answer replaces the whole list by another, the new list's row at that
 * place takes the focus. The rows must be keyed by what they show, so that a row leaves with its item.
 */
export function RowRemovalFocus({ children }: { children: React.ReactNode }) {
  const area = useRef<HTMLDivElement>(null);
  const sent = useRef<{ place: number; row: Element; after: HTMLElement[] } | null>(null);

  // After every render: the server's answer renders the list again, with or without the row,
  // and with as many rows or not (a list of suggestions fills the place with another).
  useEffect(() => {
    const last = sent.current;
    if (!last || last.row.isConnected) return;
    sent.current = null;
    focusRowAt(area.current, last.place);
  });

  // React runs a removed list's cleanups before a new list's effects in the same commit.
  useEffect(() => {
    if (handedOverPlace !== null) focusRowAt(area.current, handedOverPlace);
    handedOverPlace = null;
    const rows = sent;
    return () => {
      const last = rows.current;
      if (!last) return;
      handedOverPlace = last.place;
      queueMicrotask(() => {
        if (handedOverPlace !== null) focusFirstLeft(last.after);
        handedOverPlace = null;
      });
    };
  }, []);

  function remember(event: React.FormEvent<HTMLDivElement>) {
    const place = sentRowPlace(area.current, event);
    const row = rowButtons(area.current)[place]?.closest("li");
    sent.current = row ? { place, row, after: controlsAfter(area.current) } : null;
  }

  return (
    <div ref={area} onSubmit={remember}>
      {children}
    </div>
  );
}

/** The first control after `area` on the page, else the page's heading: where the keyboard goes on should the list leave. */
function controlsAfter(area: HTMLElement | null): HTMLElement[] {
  const next = [...document.querySelectorAll<HTMLElement>(TABBABLE)].find(
    (control) => area && area.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING && !area.contains(control),
  );
  const heading = document.querySelector<HTMLElement>("main h1");
  return [next, heading].filter((target) => target instanceof HTMLElement);
}

/** Focuses the button of the row at `place` in `area`, else of its last row, else the area. */
function focusRowAt(area: HTMLElement | null, place: number) {
  const buttons = rowButtons(area);
  focusFirstLeft([buttons[Math.min(place, buttons.length - 1)], area]);
}

/** The buttons of the rows (`li`) in `area`, one a row, in order. */
export function rowButtons(area: HTMLElement | null): HTMLButtonElement[] {
  return area ? [...area.querySelectorAll<HTMLButtonElement>("li button")] : [];
}

/** The place among `area`'s rows of the row whose form `event` sent, or -1 for a form outside them. */
export function sentRowPlace(area: HTMLElement | null, event: React.FormEvent): number {
  const form = event.target;
  return form instanceof HTMLFormElement ? rowButtons(area).findIndex((button) => form.contains(button)) : -1;
}
