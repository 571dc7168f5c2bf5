/**
 * Where focus may go once the comment around `control` (its Delete button) is
 * deleted, best first: what is left of it (the placeholder above its
 * replies), the comment after it, the one before, the Reply of the comment it
 * answered (or that comment's open reply box), the heading of the list. Read
 * before deleting, while all of them are on the page.
 */
export function focusTargetsAfterDeleting(control: Element): HTMLElement[] {
  const comment = control.closest("li");
  if (!comment) return [];
  const answered = comment.parentElement?.closest("li");
  // Reply is the link right after a comment (reply-area.tsx), or its box once open.
  const reply = answered?.querySelector<HTMLElement>(":scope > .comment + a, :scope > form textarea");
  const headingId = comment.closest("section")?.getAttribute("aria-labelledby");
  const heading = headingId ? document.getElementById(headingId) : null;
  return [comment, comment.nextElementSibling, comment.previousElementSibling, reply, heading].filter(
    (target): target is HTMLElement => target instanceof HTMLElement,
  );
}
