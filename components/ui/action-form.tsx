"use client";

import { type FormAction, useFormAction } from "./unanswered-request";
import { type ActionResult, type FormState, errorsFor, fieldFrom } from "@/lib/actions/result";
import { AnswerMessage } from "./answer-message";
import { SubmitButton } from "./submit-button";
import { useFreshAnswer } from "./use-fresh-answer";

type ActionFormProps<Result extends ActionResult, Field extends string> = {
  action: FormAction<Result | null>;
  submit: string;
  pendingText: string;
  /** The names of the fields `children` binds, in the order the form shows them. */
  fields: readonly Field[];
  /** What the page says on arrival, as though the form had just been answered: a success it was sent to say (startedSaying). */
  answered?: Awaited<Result> | null;
  /**
   * The page a refusal without JavaScript is answered on, when not the page's own address: one
   * whose address says a form just succeeded (`?saved=…`) would say so again above the refusal.
   */
  permalink?: string;
  /** The fields, each bound by `field(name)` to what a refused answer says of it (fieldFrom). */
  children: (field: (name: Field, initial?: string) => BoundField) => React.ReactNode;
};

/** A field as a refused answer left it; the first one with errors takes the focus. */
export type BoundField = ReturnType<typeof fieldFrom> & { autoFocus?: true; readOnly?: true };

/**
 * Binds a form's fields to what `answer` says of each (fieldFrom). The first field it refuses,
 * in the form's order (`fields`), is focused (`autofocus` in the HTML, so also without
 * JavaScript), where the person fixes it and hears its error. While the form is being sent
 * (`sending`, from useActionState) the fields are read-only, as the compose box is
 * (useReadOnlyWhileSent): the answer starts them over, and would throw away what was typed meanwhile.
 */
export function fieldBinder<Field extends string>(answer: FormState, fields: readonly Field[], sending = false) {
  const firstRefused = fields.find((name) => errorsFor(answer, name));
  return (name: Field, initial?: string): BoundField => {
    const bound = { ...fieldFrom(answer, name, initial), ...(sending && { readOnly: true as const }) };
    return name === firstRefused ? { ...bound, autoFocus: true } : bound;
  };
}

/**
 * A form of text fields that a server action answers (lib/actions/result.ts):
 * its message on top, each field's errors under it, and a refused form
 * re-filled with what was sent, with or without JavaScript, and read-only while it
 * is sent (fieldBinder). The first field a refusal names takes the focus (fieldBinder);
 * else the message does (AnswerMessage). A success message stays only until the person moves on (useFreshAnswer).
 */
export function ActionForm<Result extends ActionResult, Field extends string>({
  action,
  submit,
  pendingText,
  fields,
  answered = null,
  permalink,
  children,
}: ActionFormProps<Result, Field>) {
  const [state, dispatch, sending] = useFormAction(action, answered, permalink);
  const { shown, onChange } = useFreshAnswer(state);
  const field = fieldBinder(state, fields, sending);
  return (
    // The key re-mounts the inputs with what was typed after a refused submission.
    <form
      action={dispatch}
      key={JSON.stringify(state)}
      onChange={onChange}
      className="space-y-4"
      noValidate
    >
      <AnswerMessage state={shown} />
      {children(field)}
      <SubmitButton pendingText={pendingText}>{submit}</SubmitButton>
    </form>
  );
}
