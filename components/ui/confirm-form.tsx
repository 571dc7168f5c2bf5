"use client";

import { type FormAction, useFormAction } from "./unanswered-request";
import Link from "next/link";
import type { ActionResult } from "@/lib/actions/result";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

/** A server action as authedAction builds it: typed by its own result. */

export const cancelLinkStyle =
  "inline-flex items-center justify-center rounded-full border border-zinc-300 bg-white px-5 py-2 text-sm font-semibold text-zinc-900 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800";

type ConfirmFormProps<Result extends ActionResult> = {
  action: FormAction<Result | null>;
  fields: Record<string, string>;
  label: { idle: string; pending: string };
  cancelHref: string;
};

/**
 * The form of a confirmation page: the action's own button, which works
 * without JavaScript, and a way back that changes nothing. A refusal (gone,
 * not yours) is shown above the buttons; success moves on (the action redirects).
 */
export function ConfirmForm<Result extends ActionResult>({ action, fields, label, cancelHref }: ConfirmFormProps<Result>) {
  const [state, dispatch] = useFormAction(action, null);
  return (
    <form action={dispatch} className="mt-6 space-y-4">
      <FormMessage state={state} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant="danger" pendingText={label.pending}>
          {label.idle}
        </SubmitButton>
        <Link href={cancelHref} className={cancelLinkStyle}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
