"use client";

import { useState } from "react";
import { type FormState, errorsWhileUnchanged, typedValue } from "@/lib/actions/result";
import { characterCount } from "./character-count";

/**
 * A text field with a live count of its characters, as the post, edit and comment boxes have:
 * it starts from what a refused answer sent back (else `initial`), and its refusal stays only
 * while the text is the one refused (errorsWhileUnchanged), after which the count speaks.
 */
export function useCountedText(state: FormState, limit: number, initial = "") {
  const sent = typedValue(state, "text") ?? initial;
  const [text, setText] = useState(sent);
  return { text, setText, count: characterCount(text.trim(), limit), errors: errorsWhileUnchanged(state, "text", text, sent) };
}
