import type { ActionResult } from "@/lib/actions/result";

/** The refusal of a one-button action (like, delete), announced next to the button. */
export function InlineError({ state }: { state: ActionResult | null }) {
  if (state?.ok !== false) return null;
  return (
    <span role="alert" className="ml-2 text-sm text-rose-700 dark:text-rose-400">
      {state.message}
    </span>
  );
}
