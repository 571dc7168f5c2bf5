"use client";

import { useScriptsRunning } from "./use-scripts-running";

/**
 * The screen reader's hint that Control (or Command) and Enter sends the form (sendOnControlEnter):
 * said only once the page's scripts run, since without them the keys do nothing. The element is
 * always there, for the text box's aria-describedby.
 */
export function SendHint({ id, children }: { id: string; children: string }) {
  const scripted = useScriptsRunning();
  return (
    <span id={id} className="sr-only">
      {scripted ? children : null}
    </span>
  );
}
