"use client";

import { useOptimistic, useState, useTransition } from "react";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";
import { answeredOrRefused } from "./unanswered-request";

/**
 * For a button of a form on every card (like, repost, bookmark): shows the state it
 * asks for the moment it is sent, and settles on what the server answers
 * (which wins if it refused). The form's own `action` is a plain form post
 * (app/p/[id]/state/route.ts), for readers without JavaScript; with it,
 * `submit` takes the submission over, so that no card pays for
 * `useActionState`'s no-JS hidden inputs.
 * `settle` reads the state from the server's answer: null if it refused. A request that got no
 * answer is refused as such (answeredOrRefused): the button goes back to what it showed.
 */
export function useOptimisticForm<State, Result extends ActionResult>(
  action: (previous: null, formData: FormData) => Promise<Result>,
  fromProps: State,
  settle: (answer: Result | ActionFailure) => State | null,
) {
  const [answer, setAnswer] = useState<Result | ActionFailure | null>(null);
  const [shown, show] = useOptimistic((answer && settle(answer)) ?? fromProps);
  const [, startTransition] = useTransition();

  const submit = (wanted: State) => (event: React.FormEvent<HTMLFormElement>) => {
    // Prevented, the form's own plain post (its fallback without JavaScript) is not sent.
    event.preventDefault();
    // With the pressed button's own name and value: on a card, it says what to set (components/posts/card-actions.tsx).
    const form = new FormData(event.currentTarget, event.nativeEvent instanceof SubmitEvent ? event.nativeEvent.submitter : null);
    startTransition(async () => {
      show(wanted);
      const result = await answeredOrRefused(() => action(null, form));
      startTransition(() => setAnswer(result));
    });
  };
  return { shown, answer, submit };
}
