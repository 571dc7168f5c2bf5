"use client";

import { type FormAction, useFormAction } from "./unanswered-request";
import { startTransition, useEffect } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { answerInPage } from "./answered-in-page";
import { InlineError } from "./inline-error";

/** A server action as authedAction builds it: typed by its own result. */

type ConfirmedActionButtonProps<Result extends ActionResult> = {
  action: FormAction<Result | null>;
  /** What the action's form sends. */
  fields: Record<string, string>;
  /** The confirmation page, with the real form, for readers without JavaScript. */
  confirmHref: string;
  /** Asked in place when JavaScript runs. */
  question: string;
  label: { idle: string; pending: string };
  ariaLabel?: string;
  className: string;
  formClassName?: string;
  /** Runs once the question is answered yes, before the action is sent. */
  onConfirmed?: (form: HTMLFormElement) => void;
  /** Runs once the action has succeeded. */
  onDone?: () => void;
  /**
   * What is said once it is done, for what holds the form to read from its `data-said` (ReportQueue):
   * the form itself may be gone by then, with what it acted on.
   */
  said?: string;
};

/**
 * A button for something that cannot be undone, or not wholly (delete, remove,
 * suspend, block: the follows a block ends stay ended). The server's HTML is a
 * plain GET form to `confirmHref`, so without JavaScript (or before it loads) a
 * click opens a page that asks first; with JavaScript the question is asked in
 * place and the action runs from here.
 */
export function ConfirmedActionButton<Result extends ActionResult>({
  action,
  fields,
  confirmHref,
  question,
  label,
  ariaLabel,
  className,
  formClassName,
  onConfirmed,
  onDone,
  said,
}: ConfirmedActionButtonProps<Result>) {
  const [state, dispatch, pending] = useFormAction(action, null);
  useEffect(() => {
    if (state?.ok) onDone?.();
  }, [state, onDone]);
  // A GET form drops the query of its action: what `confirmHref` asks (a page's cursor) goes as fields.
  const [confirmPath, confirmQuery = ""] = confirmHref.split("?");
  return (
    <form
      method="get"
      action={confirmPath}
      className={formClassName}
      data-said={said}
      onSubmit={(event) => {
        answerInPage(event);
        // Not sent: what is around the form (a feed, a list) must not take it for a sent one.
        if (!window.confirm(question)) return event.stopPropagation();
        onConfirmed?.(event.currentTarget);
        const formData = new FormData();
        for (const [name, value] of Object.entries(fields)) formData.set(name, value);
        startTransition(() => dispatch(formData));
      }}
    >
      {Array.from(new URLSearchParams(confirmQuery), ([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-label={ariaLabel} className={className}>
        {pending ? label.pending : label.idle}
      </button>
      <InlineError state={state} />
    </form>
  );
}
