"use client";

import { useEffect, useRef, useState } from "react";
import { type FormState, errorsWhileUnchanged, typedValue } from "@/lib/actions/result";
import { characterCount } from "./character-count";

/**
 * A text field with a live count of its characters, as the post, edit and comment boxes have:
 * it starts from what a refused answer sent back (else `initial`), and its refusal stays only
 * while the text is the one refused (errorsWhileUnchanged), after which the count speaks.
 * With `draftKey`, what is typed is kept as a draft (useDraft).
 */
export function useCountedText(state: FormState, limit: number, initial = "", draftKey?: string) {
  const sent = typedValue(state, "text") ?? initial;
  const [text, setText] = useState(sent);
  useDraft(draftKey, text, setText, state);
  return { text, setText, count: characterCount(text.trim(), limit), errors: errorsWhileUnchanged(state, "text", text, sent) };
}

const DRAFT_PREFIX = "commons.draft:";

/** Forgets the draft kept under `key`: the form was sent, and may leave its page before it is answered. */
export function forgetDraft(key: string) {
  withSessionStorage((storage) => storage.removeItem(DRAFT_PREFIX + key));
}

/**
 * Runs `work` on this tab's session storage, if it can: storage may be turned off (it throws then),
 * and a pasted text larger than its quota (about 5 MB) throws on writing. A draft that cannot be
 * kept is simply not kept; the box keeps its text.
 */
function withSessionStorage<T>(work: (storage: Storage) => T): T | null {
  try {
    return work(sessionStorage);
  } catch {
    return null;
  }
}

/**
 * Keeps what is typed in a box in this tab's session storage under `key`, so that leaving the page
 * (a link followed, Back) loses no text: the box, found empty when it shows again, takes the draft
 * back, unless it shows as its form was just sent (`state` is a success). Each answer keeps what
 * the box holds then. Session storage, not local: a shared computer's next person does not find
 * it, and closing the tab ends it.
 */
function useDraft(key: string | undefined, text: string, setText: (text: string) => void, state: FormState) {
  const started = useRef(false);
  useEffect(() => {
    if (!key) return;
    if (!started.current) {
      started.current = true;
      const draft = state?.ok ? null : withSessionStorage((storage) => storage.getItem(DRAFT_PREFIX + key));
      if (draft && text === "") {
        setText(draft);
        return;
      }
    }
    if (text.trim() === "") forgetDraft(key);
    else withSessionStorage((storage) => storage.setItem(DRAFT_PREFIX + key, text));
  }, [key, text, setText, state]);
}
