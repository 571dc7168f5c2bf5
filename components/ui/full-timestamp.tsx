"use client";

import { useSyncExternalStore } from "react";
import { formatFullDate, formatTimestamp } from "./relative-time";

// The time zone never changes while the page is open: nothing to subscribe to.
const subscribe = () => () => {};

/**
 * "3:04 PM · Dec 1, 2026" in the reader's time zone. The server, which does
 * not know it, renders UTC and says so; the browser hydrates that same text,
 * then shows its own (useSyncExternalStore's server snapshot is made for this).
 */
export function FullTimestamp({ date, className }: { date: Date; className?: string }) {
  const text = useSyncExternalStore(
    subscribe,
    () => formatTimestamp(date),
    () => `${formatTimestamp(date, "UTC")} UTC`,
  );
  const title = useSyncExternalStore(
    subscribe,
    () => formatFullDate(date),
    () => `${formatFullDate(date, "UTC")} UTC`,
  );
  return (
    <time dateTime={date.toISOString()} title={title} className={className}>
      {text}
    </time>
  );
}
