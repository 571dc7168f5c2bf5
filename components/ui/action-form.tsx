"use client";

import { useActionState } from "react";
import { type ActionResult, type FormState, fieldFrom } from "@/lib/actions/result";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

type ActionFormProps<Result extends ActionResult> = {
  action: (previous: Result | null, formData: FormData) => Promise<Result>;
  submit: string;
  pendingText: string;
  /** The fields, each bound by `field(name)` to what a refused answer says of it (fieldFrom). */
  children: (field: (name: string, initial?: string) => ReturnType<typeof fieldFrom>) => React.ReactNode;
};

/**
 * A form of text fields that a server action answers (lib/actions/result.ts):
 * its message on top, each field's errors under it, and a refused form
 * re-filled with what was typed, with or without JavaScript.
 */
export function ActionForm<Result extends ActionResult>({ action, submit, pendingText, children }: ActionFormProps<Result>) {
  const [state, dispatch] = useActionState(action, null);
  const answer: FormState = state;
  return (
    // The key re-mounts the inputs with what was typed after a refused submission.
    <form action={dispatch} key={JSON.stringify(state)} className="space-y-4" noValidate>
      <FormMessage state={answer} />
      {children((name, initial) => fieldFrom(answer, name, initial))}
      <SubmitButton pendingText={pendingText}>{submit}</SubmitButton>
    </form>
  );
}
