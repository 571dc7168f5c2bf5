import { sharedStorage } from "./shared-storage";

/**
 * Whether the app's own code was reached by a server-action request. The
 * production server (scripts/serve.ts) runs each request inside this storage;
 * every server action notes its entry. When Next answers such a request with
 * a 500 before any action was entered, the failure was Next refusing to
 * decode the request (garbage multipart, a truncated body, an argument list
 * it cannot parse): the client's fault, so the server answers 400 instead.
 * A 500 after entry is ours and stays a 500.
 */
type ActionEntry = { entered: boolean };

const storage = () => sharedStorage<ActionEntry>("server-action-entry");

/** Runs `handle` with a fresh record of whether an action was entered. */
export function trackActionEntry<T>(handle: (entry: Readonly<ActionEntry>) => T): T {
  const entry: ActionEntry = { entered: false };
  return storage().run(entry, () => handle(entry));
}

/** Whether this request is a server action that Next.js failed before entering any: a request the client got wrong. */
export function isUnenteredAction(): boolean {
  const entry = storage().getStore();
  return entry !== undefined && !entry.entered;
}

/** Called first by every server action (outside the production server it does nothing). */
export function noteActionEntered(): void {
  const entry = storage().getStore();
  if (entry) entry.entered = true;
}
