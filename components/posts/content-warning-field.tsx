import { type FormState, errorsFor, typedValue } from "@/lib/actions/result";
import { MAX_CONTENT_WARNING_LENGTH } from "@/lib/posts/schema";

/**
 * The compose box's optional content warning, folded until asked for (a
 * `<details>`, so without JavaScript too); open when a refused post comes back with one.
 */
export function ContentWarningField({ state }: { state: FormState }) {
  const typed = typedValue(state, "contentWarning") ?? "";
  const errors = errorsFor(state, "contentWarning");
  return (
    <details open={typed !== "" || errors !== undefined} className="text-sm">
      <summary className="cursor-pointer font-medium text-sky-700 dark:text-sky-400">Add a content warning</summary>
      <label htmlFor="compose-content-warning" className="mt-2 block font-medium">
        Content warning
      </label>
      <input
        id="compose-content-warning"
        name="contentWarning"
        defaultValue={typed}
        maxLength={MAX_CONTENT_WARNING_LENGTH}
        aria-describedby="compose-content-warning-hint compose-content-warning-error"
        aria-invalid={errors ? true : undefined}
        className="mt-1 block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900"
      />
      <p id="compose-content-warning-hint" className="mt-1 text-zinc-600 dark:text-zinc-400">
        Readers see this first; your text and images stay folded until they open it.
      </p>
      <p id="compose-content-warning-error" className="text-rose-700 empty:hidden dark:text-rose-400">
        {errors?.join(" ")}
      </p>
    </details>
  );
}
