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

/**
 * Where the draft `key` is kept: under the account the page is for (the header's `data-account`,
 * site-navigation.tsx), so that whoever logs in next in the same tab never finds another's text.
 * None for a page without an account.
 */
function draftItem(key: string): string | null {
  const account = document.querySelector<HTMLElement>("[data-account]")?.dataset.account;
  return account ? `${DRAFT_PREFIX}${account}:${key}` : null;
}

/** Forgets the draft kept under `key`: the form was sent, and may leave its page before it is answered. */
export function forgetDraft(key: string) {
  const item = draftItem(key);
  if (item) withSessionStorage((storage) => storage.removeItem(item));
}

/** Forgets every draft this tab keeps, whoever's: on logging out. */
export function forgetAllDrafts() {
  withSessionStorage((storage) => {
    const items = Array.from({ length: storage.length }, (_, index) => storage.key(index));
    for (const item of items) if (item?.startsWith(DRAFT_PREFIX)) storage.removeItem(item);
  });
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
 * the box holds then. Session storage, not local: closing the tab ends it; kept for the account
 * (draftItem) and forgotten on logging out, so a shared computer's next person does not find it.
 */
function useDraft(key: string | undefined, text: string, setText: (text: string) => void, state: FormState) {
  const started = useRef(false);
  useEffect(() => {
    const item = key && draftItem(key);
    if (!item) return;
    if (!started.current) {
      started.current = true;
      const draft = state?.ok ? null : withSessionStorage((storage) => storage.getItem(item));
      if (draft && text === "") {
        setText(draft);
        return;
      }
    }
    if (text.trim() === "") withSessionStorage((storage) => storage.removeItem(item));
    else withSessionStorage((storage) => storage.setItem(item, text));
  }, [key, text, setText, state]);
}
