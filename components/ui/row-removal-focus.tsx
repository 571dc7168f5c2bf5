"use client";

import { useEffect, useRef } from "react";
import { focusFirstLeft } from "./focus-first-left";

/**
 * A list whose rows go away by their own forms (an unblocked or unmuted account, a removed muted
 * word, a suggested account once followed), keeping the keyboard's place: once the row whose form
 * was sent has left the list, focus moves to the button of the row that took its place, else of
 * the row before, else to the list's area, where it says it is empty. Otherwise it would fall to
 * the page's body. The rows must be keyed by what they show, so that a row leaves with its item.
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
    const buttons = rowButtons(area.current);
    focusFirstLeft([buttons[Math.min(last.place, buttons.length - 1)], area.current]);
  });

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

/** The buttons of the rows (`li`) in `area`, one a row, in order. */
export function rowButtons(area: HTMLElement | null): HTMLButtonElement[] {
  return area ? [...area.querySelectorAll<HTMLButtonElement>("li button")] : [];
}

/** The place among `area`'s rows of the row whose form `event` sent, or -1 for a form outside them. */
export function sentRowPlace(area: HTMLElement | null, event: React.FormEvent): number {
  const form = event.target;
  return form instanceof HTMLFormElement ? rowButtons(area).findIndex((button) => form.contains(button)) : -1;
}
