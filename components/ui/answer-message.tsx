"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions/result";
import { focusFirstLeft } from "./focus-first-left";
import { FormMessage } from "./form-message";

/**
 * Props for the element that says what an answer did, which takes the focus once `answer` comes
 * if `takesFocus`: the form's submit button, disabled while it was sent, or the form re-mounted
 * with the answer, had lost it to the page's body. A screen reader then reads the element, and
 * the keyboard goes on from it. `autofocus` in the HTML does the same on the page that answers
 * without JavaScript. Focusable by script only: it is news to read, not a control.
 */
export function useAnswerFocus<Element extends HTMLElement>(answer: unknown, takesFocus: boolean) {
  const ref = useRef<Element>(null);
  useEffect(() => {
    if (takesFocus) focusFirstLeft([ref.current]);
  }, [answer, takesFocus]);
  return { ref, tabIndex: -1, autoFocus: takesFocus || undefined };
}

/**
 * A form's message, which takes the focus when it comes (useAnswerFocus). A refusal that names
 * fields leaves the focus to the first of them (ActionForm), where the person fixes it.
 */
export function AnswerMessage({ state }: { state: FormState }) {
  const focus = useAnswerFocus<HTMLDivElement>(state, Boolean(state?.message) && !(state?.ok === false && state.fieldErrors));
  if (!state?.message) return null;
  return (
    <div {...focus}>
      <FormMessage state={state} />
    </div>
  );
}
