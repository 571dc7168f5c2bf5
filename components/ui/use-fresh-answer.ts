"use client";

import { useEffect, useState } from "react";
import type { FormState } from "@/lib/actions/result";

/**
 * A form's answer for as long as it still speaks of what the person is doing. A success
 * ("Password changed.") goes once they change that form again (`onChange`, on the element
 * around it) or send any form on the page: it is news about the last thing they did, not
 * the next. A refusal stays: it speaks of what the form still holds, and each field's
 * errors are the form's own to drop (see errorsWhileUnchanged in lib/actions/result.ts).
 * Without JavaScript every form's answer is a new page, which has only that one.
 */
export function useFreshAnswer<State extends FormState>(state: State): { shown: State | null; onChange: () => void } {
  const [outdated, setOutdated] = useState<State | null>(null);
  const success = state?.ok ? state : null;

  useEffect(() => {
    if (!success) return;
    // Capturing, so that forms which take their own submission over (preventDefault) count too.
    const outdate = () => setOutdated(success);
    document.addEventListener("submit", outdate, { capture: true });
    return () => document.removeEventListener("submit", outdate, { capture: true });
  }, [success]);

  return {
    shown: success !== null && success === outdated ? null : state,
    onChange: () => {
      if (success) setOutdated(success);
    },
  };
}
