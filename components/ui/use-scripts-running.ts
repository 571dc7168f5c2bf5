"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server's HTML (and so for readers without JavaScript) and while hydrating,
 * true once the page's scripts run: for what only works with them.
 */
export function useScriptsRunning(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
