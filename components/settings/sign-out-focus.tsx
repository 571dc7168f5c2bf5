"use client";

import { useEffect, useRef } from "react";
import { focusFirstLeft } from "@/components/ui/focus-first-left";
import { FormMessage } from "@/components/ui/form-message";
import { rowButtons, sentRowPlace } from "@/components/ui/row-removal-focus";

/**
 * The sign-out just sent: the place of its row's button among the rows' (null for "Log out all
 * other sessions"), and how many other sessions were listed then. Kept outside the component:
 * the answer is the sessions page at a new address (`?ended=`), which Next.js renders as a new
 * page with a list of its own.
 */
let sent: { place: number | null; others: number } | undefined;

type SignOutFocusProps = {
  /** How many sessions other than this one are listed. */
  others: number;
  /** What the page says of the last sign-out, if it follows one. */
  outcome: string | null;
  children: React.ReactNode;
};

/**
 * The sessions list with the page's word on its last sign-out above it, keeping the keyboard's
 * place: once a row's session is signed out and its row has gone, focus moves to the button that
 * took its place (the next session's, else the one before), and to what the page says once no
 * other session is left to sign out. Otherwise it would fall to the page's body.
 */
export function SignOutFocus({ others, outcome, children }: SignOutFocusProps) {
  const area = useRef<HTMLDivElement>(null);
  const said = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const last = sent;
    sent = undefined;
    if (!last || others >= last.others) return;
    const buttons = rowButtons(area.current);
    const replacement = last.place === null ? undefined : buttons[Math.min(last.place, buttons.length - 1)];
    focusFirstLeft([replacement, said.current]);
  }, [others]);

  function remember(event: React.FormEvent<HTMLDivElement>) {
    const place = sentRowPlace(area.current, event);
    sent = { place: place === -1 ? null : place, others };
  }

  return (
    <div ref={area} onSubmit={remember}>
      {outcome !== null && (
        // Focusable by script only, so that a screen reader reads it out when focus lands here.
        <div ref={said} tabIndex={-1} className="mb-4">
          <FormMessage state={{ ok: true, message: outcome }} />
        </div>
      )}
      {children}
    </div>
  );
}
