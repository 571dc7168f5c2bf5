/** A one-button form's refusal (follow, block, mute), announced under its button; nothing while it succeeds. */
export function ButtonRefusal({ state }: { state: { ok: boolean; message?: string } | null }) {
  if (state?.ok !== false) return null;
  return (
    <p role="alert" className="max-w-48 text-right text-sm text-rose-700 dark:text-rose-400">
      {state.message ?? "That did not work. Reload the page and try again."}
    </p>
  );
}
