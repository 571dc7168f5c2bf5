/**
 * Clicks and submits that a component answers on the page itself (the image viewer, a question
 * asked before deleting, a reply form opened in place) instead of letting the browser or the
 * router follow them. The navigation progress bar (components/layout/navigation-progress.tsx)
 * leaves them out: no page is on its way.
 */
const answered = new WeakSet<Event>();

/** Keeps the browser from following `event`, and marks it answered here. */
export function answerInPage(event: { preventDefault: () => void; nativeEvent: Event }): void {
  event.preventDefault();
  answered.add(event.nativeEvent);
}

export function wasAnsweredInPage(event: Event): boolean {
  return answered.has(event);
}
