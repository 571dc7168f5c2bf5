import type { KeyboardEvent } from "react";

/** What a text box that sends on Control (or Command) and Enter tells a screen reader of it. */
export const SEND_HINT = "Control or Command and Enter sends it.";

/**
 * Control (or Command) and Enter in a text box sends its form, as Mastodon's and X's boxes do:
 * through its submit button, and not while that button is disabled (the form is being sent).
 */
export function sendOnControlEnter(event: KeyboardEvent<HTMLFormElement | HTMLTextAreaElement>) {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
  const form = event.currentTarget instanceof HTMLFormElement ? event.currentTarget : event.currentTarget.form;
  if (!form) return;
  event.preventDefault();
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
  if (button && !button.disabled) form.requestSubmit(button);
}
