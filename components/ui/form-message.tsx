import type { FormState } from "@/lib/actions/result";

export const statusStyle = "rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200";

/** The form-level outcome of an action: a status for success, an alert for failure. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state?.message) return null;
  return state.ok ? (
    <p role="status" className={statusStyle}>
      {state.message}
    </p>
  ) : (
    <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">
      {state.message}
    </p>
  );
}
