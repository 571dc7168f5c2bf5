import { TABBABLE } from "@/components/ui/focus-first-left";

/**
 * Where focus may go once the card around `control` leaves the page (deleted, or taken off the
 * bookmarks), best first: the next card's first control, else that card, the card before (the
 * same way), the page's heading. Read before the card goes, while all of them are on the page.
 */
export function focusTargetsAfterCard(control: Element): HTMLElement[] {
  const card = control.closest("article");
  if (!card) return [];
  const neighbours = [card.nextElementSibling, card.previousElementSibling].filter((element) => element instanceof HTMLElement);
  const heading = card.closest("main")?.querySelector("h1");
  return [...neighbours.flatMap((neighbour) => [neighbour.querySelector<HTMLElement>(TABBABLE), neighbour]), heading].filter(
    (target) => target instanceof HTMLElement,
  );
}
