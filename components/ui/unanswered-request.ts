"use client";

import { unstable_rethrow } from "next/navigation";
import { useActionState, useMemo } from "react";
import type { ActionFailure } from "@/lib/actions/result";

// What a form says when its request got no answer it could read. Without this, React hands the
// failure to the page's error boundary, and the whole page (and what was typed) is gone.

/** The request did not reach Commons, or its answer did not come back: fetch failed. */
export const UNANSWERED_MESSAGE = "That did not go through: Commons could not be reached. Check your connection and try again.";
/** An answer came, but an error page (a server error, a proxy's 502) rather than one the form can read. */
export const FAILED_MESSAGE = "Something went wrong on our side, so that may not have been done. Try again in a moment.";

/** What failed, in the reader's words: a network failure is a TypeError of fetch's; any other is an answer that was an error. */
function failureMessage(error: unknown): string {
  return error instanceof TypeError ? UNANSWERED_MESSAGE : FAILED_MESSAGE;
}

/**
 * What was typed into a form, to put back in its fields as a refusal does (lib/actions/result.ts):
 * text only, never a password, nor React's own fields. It stays in this browser.
 */
function typedText(payload: unknown): Record<string, string> | undefined {
  if (!(payload instanceof FormData)) return undefined;
  const typed = [...payload.entries()].filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$ACTION") && !/password/i.test(entry[0]),
  );
  return Object.fromEntries(typed);
}

type Attempt<Result> = { answered: true; answer: Result } | { answered: false; message: string };

/** `call`'s answer, or what failed (logged); Next.js's own signals (a redirect) pass through. */
function attempt<Result>(call: () => Promise<Result>): Promise<Attempt<Result>> {
  return call().then(
    (answer) => ({ answered: true, answer }),
    (error: unknown) => {
      unstable_rethrow(error);
      console.error(error);
      return { answered: false, message: failureMessage(error) };
    },
  );
}

/** `call`'s answer, or a refusal saying what failed, with what was typed (`payload`). */
export function answeredOrRefused<Result>(call: () => Promise<Result>, payload?: unknown): Promise<Result | ActionFailure> {
  return attempt(call).then((outcome) => (outcome.answered ? outcome.answer : { ok: false, message: outcome.message, values: typedText(payload) }));
}

/** What failed, in the reader's words, or null once `call` was answered: for an action with no answer of its own. */
export function failureOf(call: () => Promise<unknown>): Promise<string | null> {
  return attempt(call).then((outcome) => (outcome.answered ? null : outcome.message));
}

/** `call`'s answer (a page of a list), or null if none came: the list says so and offers to try again. */
export function answerOrNull<Result extends object>(call: () => Promise<Result>): Promise<Result | null> {
  return attempt(call).then((outcome) => (outcome.answered ? outcome.answer : null));
}

/** A server action as a form calls it: it takes its last answer, a refusal of the way (answeredOrRefused) included. */
export type FormAction<State, Payload = FormData> = (state: State | ActionFailure, payload: Payload) => Promise<State | ActionFailure>;

/**
 * useActionState for a server action whose request may fail on the way: the failure is answered as
 * a refusal with what was typed (answeredOrRefused), so the form stays as it was. On the server
 * React is given the action itself, and renders a form for it that works without JavaScript.
 */
export function useFormAction<State, Payload>(action: FormAction<State, Payload>, initialState: Awaited<State | ActionFailure>, permalink?: string) {
  const answering = useMemo<FormAction<State, Payload>>(
    () => (typeof window === "undefined" ? action : (state, payload) => answeredOrRefused(() => action(state, payload), payload)),
    [action],
  );
  return useActionState<State | ActionFailure, Payload>(answering, initialState, permalink);
}
