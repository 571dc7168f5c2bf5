/** What takes focus without a tabindex of its own, as far as this app's pages go. */
export const FOCUSABLE = "a[href], button, input:not([type=hidden]), select, textarea, [tabindex]";

/** Of those, what the Tab key reaches: not a control taken out of the order (a card's picture, which repeats its byline's link). */
export const TABBABLE = `:is(${FOCUSABLE}):not([tabindex^="-"])`;

/**
 * Focuses the first of `targets` still on the page, but only if focus was lost: an action
 * took the focused control off the page (a deleted comment, a decided report, a signed-out
 * session), and focus fell to the body. A keyboard user then carries on from the nearest
 * place left instead of the top of the page; one who moved on meanwhile stays where they are.
 */
export function focusFirstLeft(targets: readonly (HTMLElement | null | undefined)[]): void {
  if (document.activeElement !== null && document.activeElement !== document.body) return;
  const target = targets.find((element) => element?.isConnected);
  if (!target) return;
  // A list item or a heading takes focus only from script.
  if (!target.matches(FOCUSABLE)) target.tabIndex = -1;
  target.focus();
}
