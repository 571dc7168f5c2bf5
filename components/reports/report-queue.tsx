"use client";

import { type FormEvent, type ReactNode, useEffect, useRef } from "react";
import { announce } from "@/components/ui/announce";
import { focusFirstLeft } from "@/components/ui/focus-first-left";

/** The report just decided, the reports that may take its place, nearest first, and what the decision says. */
type Decided = { report: Element; nearest: Element[]; said: string | undefined };

/**
 * The queue's reports (`children`, ReportGroupCards), keeping a keyboard user's
 * place. A decision takes its report off the page (a suspension, every report
 * about the account), and the focus with it: the focus moves on to the heading
 * of the nearest report left, the next one first, or to the line that says the
 * queue is empty, and a screen reader is told what was done (the form's `data-said`).
 */
export function ReportQueue({ children, empty }: { children: ReactNode; empty: boolean }) {
  const emptyLine = useRef<HTMLParagraphElement>(null);
  const decided = useRef<Decided | null>(null);

  // Noted on every submit, before any question is answered: a cancelled one leaves the report in place, and nothing moves.
  function noteDecision(event: FormEvent<HTMLDivElement>) {
    const report = event.target instanceof Element ? event.target.closest("article") : null;
    if (!report) return;
    const reports = Array.from(event.currentTarget.querySelectorAll(":scope > article"));
    const at = reports.indexOf(report);
    const said = event.target instanceof HTMLFormElement ? event.target.dataset.said : undefined;
    decided.current = { report, nearest: [...reports.slice(at + 1), ...reports.slice(0, at).reverse()], said };
  }

  // The page comes back from the server with new children once a decision is taken.
  useEffect(() => {
    const last = decided.current;
    if (!last || last.report.isConnected) return;
    decided.current = null;
    focusFirstLeft([...last.nearest.map((report) => report.querySelector("h2")), emptyLine.current]);
    if (last.said) announce(last.said);
  }, [children, empty]);

  return (
    <div onSubmitCapture={noteDecision}>
      {empty ? (
        <p ref={emptyLine} tabIndex={-1} className="mt-4 text-zinc-600 dark:text-zinc-400">
          No open reports.
        </p>
      ) : (
        children
      )}
    </div>
  );
}
