"use client";

import { useEffect, useRef } from "react";
import { focusFirstLeft } from "./focus-first-left";

/**
 * A list whose rows go away by their own forms (an unblocked or unmuted account, a removed muted
 * word), keeping the keyboard's place: once the list has fewer rows than when a row's form was
 * sent, focus moves to the button of the row that took its place, else of the row before, else
 * to the list's area, where it says it is empty. Otherwise it would fall to the page's body.
 */
export function RowRemovalFocus({ rows, children }: { rows: number; children: React.ReactNode }) {
  const area = useRef<HTMLDivElement>(null);
  const sent = useRef<{ place: number; rows: number } | null>(null);

  useEffect(() => {
    const last = sent.current;
    if (!last || rows >= last.rows) return;
    sent.current = null;
    const buttons = rowButtons(area.current);
    focusFirstLeft([buttons[Math.min(last.place, buttons.length - 1)], area.current]);
  }, [rows]);

  function remember(event: React.FormEvent<HTMLDivElement>) {
    const place = sentRowPlace(area.current, event);
    sent.current = place === -1 ? null : { place, rows };
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
