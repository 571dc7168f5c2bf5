import type { ActionResult } from "@/lib/actions/result";

/** The refusal of a one-button action (like, delete), announced next to the button (`spaced` from it), or on a line of its own. */
export function InlineError({ state, spaced = true }: { state: ActionResult | null; spaced?: boolean }) {
  if (state?.ok !== false) return null;
  return (
    <span role="alert" className={`${spaced ? "ml-2 " : ""}text-sm text-rose-700 dark:text-rose-400`}>
      {state.message}
    </span>
  );
}
