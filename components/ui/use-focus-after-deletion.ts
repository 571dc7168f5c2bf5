"use client";

import { useEffect, useRef } from "react";
import { announce } from "./announce";
import { focusFirstLeft } from "./focus-first-left";

type Deletion = { focusTargets: HTMLElement[]; message: string | null };

/**
 * For a delete button that goes with what it deletes (a card, a comment): once it is gone after
 * the reader said yes, the focus goes to the first of the places read before it went
 * (focusFirstLeft), and the outcome is announced, since nothing else says it. Returns what the
 * button calls when the question is answered yes; a null message announces nothing (the page
 * that follows says it).
 */
export function useFocusAfterDeletion(): (focusTargets: HTMLElement[], message: string | null) => void {
  const deletion = useRef<Deletion | null>(null);
  useEffect(() => {
    const confirmed = deletion;
    return () => {
      if (!confirmed.current) return;
      focusFirstLeft(confirmed.current.focusTargets);
      if (confirmed.current.message) announce(confirmed.current.message);
    };
  }, []);
  return (focusTargets, message) => {
    deletion.current = { focusTargets, message };
  };
}
