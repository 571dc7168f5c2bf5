"use client";

import { type FormEvent, useState } from "react";
import type { FormState } from "@/lib/actions/result";

type Typed = Readonly<Record<string, string>>;

/**
 * What the person types into a form while it is being sent is theirs: the answer must not take it.
 * A refused form's fields start from what the refusal echoes, what was sent (typedValue), as the
 * form re-mounts with its answer or React resets it; so `shown` is the answer with the fields changed
 * meanwhile as they are now. A success starts the form over, as it did. Put `onSubmit` and
 * `onChange` on the form, and give its fields `shown` instead of the answer.
 */
export function useTypingKept(answer: FormState) {
  // The fields changed since the form was sent, by name; null while it is not being sent.
  const [typing, setTyping] = useState<Typed | null>(null);
  const [answered, setAnswered] = useState(answer);
  const [shown, setShown] = useState(answer);
  if (answer !== answered) {
    setAnswered(answer);
    setShown(answer?.ok === false && typing ? { ...answer, values: { ...answer.values, ...typing } } : answer);
    setTyping(null);
  }
  return {
    shown,
    onSubmit: () => setTyping({}),
    onChange: (event: FormEvent<HTMLFormElement>) => {
      const field = event.target;
      if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || field.name === "") return;
      // A radio button's change is its choice; checkboxes hold no text.
      if (field instanceof HTMLInputElement && (field.type === "checkbox" || (field.type === "radio" && !field.checked))) return;
      const { name, value } = field;
      setTyping((typed) => typed && { ...typed, [name]: value });
    },
  };
}
