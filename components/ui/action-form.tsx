"use client";

import { useActionState } from "react";
import { type ActionResult, type FormState, fieldFrom } from "@/lib/actions/result";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { useFreshAnswer } from "./use-fresh-answer";

type ActionFormProps<Result extends ActionResult> = {
  action: (previous: Result | null, formData: FormData) => Promise<Result>;
  submit: string;
  pendingText: string;
  /** The fields, each bound by `field(name)` to what a refused answer says of it (fieldFrom). */
  children: (field: (name: string, initial?: string) => BoundField) => React.ReactNode;
};

/** A field as a refused answer left it; the first one with errors takes the focus. */
export type BoundField = ReturnType<typeof fieldFrom> & { autoFocus?: true };

/**
 * A form of text fields that a server action answers (lib/actions/result.ts):
 * its message on top, each field's errors under it, and a refused form
 * re-filled with what was typed, with or without JavaScript. The first field
 * a refusal names is focused (`autofocus` in the HTML, so also without
 * JavaScript), where the person fixes it and hears its error. A success
 * message stays only until the person moves on (useFreshAnswer).
 */
export function ActionForm<Result extends ActionResult>({ action, submit, pendingText, children }: ActionFormProps<Result>) {
  const [state, dispatch] = useActionState(action, null);
  const answer: FormState = state;
  const { shown, onChange } = useFreshAnswer(answer);
  const focus = { taken: false };
  const field = (name: string, initial?: string): BoundField => {
    const bound = fieldFrom(answer, name, initial);
    if (!bound.errors || focus.taken) return bound;
    focus.taken = true;
    return { ...bound, autoFocus: true };
  };
  return (
    // The key re-mounts the inputs with what was typed after a refused submission.
    <form action={dispatch} key={JSON.stringify(state)} onChange={onChange} className="space-y-4" noValidate>
      <FormMessage state={shown} />
      {children(field)}
      <SubmitButton pendingText={pendingText}>{submit}</SubmitButton>
    </form>
  );
}
