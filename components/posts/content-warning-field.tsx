"use client";

import { useReadOnlyWhileSent } from "@/components/ui/use-read-only-while-sent";
import { type FormState, errorsFor, typedValue } from "@/lib/actions/result";
import { MAX_CONTENT_WARNING_LENGTH } from "@/lib/posts/schema";
import { typedCodeUnits } from "@/lib/validation/text";

/**
 * A post's optional content warning, in the compose box and the edit form: folded until
 * asked for (a `<details>`, so without JavaScript too); open when the post being edited
 * has one (`current`) or a refused form comes back with one. Read-only while it is sent (useReadOnlyWhileSent).
 */
export function ContentWarningField({ state, current = "" }: { state: FormState; current?: string }) {
  const typed = typedValue(state, "contentWarning") ?? current;
  const errors = errorsFor(state, "contentWarning");
  const readOnly = useReadOnlyWhileSent();
  return (
    <details open={typed !== "" || errors !== undefined} className="text-sm">
      <summary className="cursor-pointer font-medium text-sky-700 dark:text-sky-400">
        {current === "" ? "Add a content warning" : "Change the content warning"}
      </summary>
      <label htmlFor="compose-content-warning" className="mt-2 block font-medium">
        Content warning
      </label>
      <input
        id="compose-content-warning"
        name="contentWarning"
        defaultValue={typed}
        readOnly={readOnly}
        maxLength={typedCodeUnits(MAX_CONTENT_WARNING_LENGTH)}
        // Refused, and the text above was not: the first refused field takes the focus as the form comes back.
        autoFocus={errors && !errorsFor(state, "text") ? true : undefined}
        aria-describedby="compose-content-warning-hint compose-content-warning-error"
        aria-invalid={errors ? true : undefined}
      />
      {/* The field, its hint and its error are styled by their ids (app/styles/compose.css). */}
      <p id="compose-content-warning-hint">
        Readers see this first; your text and images stay folded until they open it.
      </p>
      <p id="compose-content-warning-error">
        {errors?.join(" ")}
      </p>
    </details>
  );
}
