"use client";

import { useEffect, useRef } from "react";
import { focusFirstLeft } from "./focus-first-left";

/**
 * The place of a sent row whose whole list left the page with it, for a list that takes its
 * place in the same commit: an empty home feed's suggestions, replaced by the feed and the
 * suggestions above it once the newcomer follows someone. Cleared once that commit is over.
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
  const sent = useRef<{ place: number; row: Element } | null>(null);

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
    const rows = sent;
    return () => {
      if (!rows.current) return;
      handedOverPlace = rows.current.place;
      queueMicrotask(() => (handedOverPlace = null));
    };
  }, []);

  function remember(event: React.FormEvent<HTMLDivElement>) {
    const place = sentRowPlace(area.current, event);
    const row = rowButtons(area.current)[place]?.closest("li");
    sent.current = row ? { place, row } : null;
  }

  return (
    <div ref={area} onSubmit={remember}>
      {children}
    </div>
  );
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
