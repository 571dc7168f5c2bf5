"use client";

import { removeMutedWord } from "@/lib/safety/actions";
import { useFormAction } from "@/components/ui/unanswered-request";

/** Removes one muted word; a plain form, so it works without JavaScript. */
export function RemoveMutedWordButton({ id, phrase }: { id: string; phrase: string }) {
  const [state, dispatch, pending] = useFormAction(removeMutedWord, null);
  return (
    <form action={dispatch} className="flex shrink-0 flex-col items-end gap-1">
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-full border border-zinc-300 px-3 py-1 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        Remove <span className="sr-only">muted word “{phrase}”</span>
      </button>
      {state?.ok === false && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {state.message}
        </p>
      )}
    </form>
  );
}
