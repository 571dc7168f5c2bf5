/** The id of the root layout's live region, empty from the first paint so that what is put in it is read. */
export const ANNOUNCEMENTS_ID = "announcements";

/**
 * Says `message` to screen readers, politely, through the layout's live region: for an outcome
 * that shows only as something gone (a deleted post's card). Emptied first, then filled on the
 * next frame, so the same message twice in a row is read twice.
 */
export function announce(message: string): void {
  const region = document.getElementById(ANNOUNCEMENTS_ID);
  if (!region) return;
  region.textContent = "";
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}
