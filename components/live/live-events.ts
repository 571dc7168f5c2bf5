"use client";

import { useEffect, useRef } from "react";

/** What the server's stream says (lib/live/stream.ts): counts and hints, never content. */
export type LiveEvent = { type: "unread"; unread: number } | { type: "feed" };

export const LIVE_EVENTS_PATH = "/api/live";

type Listener = (event: LiveEvent) => void;

// One EventSource per tab, shared by every island that listens (the two bells, the feed,
// the notifications page), opened with the first listener and closed with the last.
const listeners = new Set<Listener>();
let source: EventSource | null = null;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let failures = 0;

// EventSource reconnects by itself after a stream drops. It gives up when a connection is
// answered with an error (the server restarting behind a proxy, 429, 401): then this tries
// again, waiting longer each time, and stops after a while (a signed-out tab stays quiet).
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 60_000;
const MAX_FAILURES = 8;

function emit(event: LiveEvent) {
  for (const listener of listeners) listener(event);
}

function open() {
  const opened = new EventSource(LIVE_EVENTS_PATH);
  source = opened;
  opened.addEventListener("unread", (message) => {
    failures = 0;
    const unread: unknown = JSON.parse(message.data).unread;
    if (typeof unread === "number") emit({ type: "unread", unread });
  });
  opened.addEventListener("feed", () => emit({ type: "feed" }));
  // The session is over: nothing more will come on this page.
  opened.addEventListener("end", close);
  opened.addEventListener("error", () => {
    if (opened.readyState !== EventSource.CLOSED || source !== opened) return;
    source = null;
    failures += 1;
    if (failures > MAX_FAILURES || listeners.size === 0) return;
    const delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** failures) * (0.5 + Math.random() / 2);
    retryTimer = setTimeout(() => {
      if (listeners.size > 0 && !source) open();
    }, delay);
  });
}

function close() {
  clearTimeout(retryTimer);
  source?.close();
  source = null;
}

/** Calls `onEvent` with each live event while the component is mounted and `enabled`. */
export function useLiveEvents(onEvent: Listener, enabled = true) {
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  useEffect(() => {
    if (!enabled) return;
    const listener: Listener = (event) => latest.current(event);
    listeners.add(listener);
    if (!source) {
      failures = 0;
      open();
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) close();
    };
  }, [enabled]);
}
