"use client";

import { type FocusEvent, type MouseEvent, type RefObject, useCallback, useEffect, useRef } from "react";
import { announce } from "@/components/ui/announce";
import { opensInThisTab } from "@/components/ui/plain-click";

/**
 * "Older posts" with JavaScript: the posts come into this page, not a page of their own, and the
 * focus goes to the first card the reader has not reached. A feed loads its next page as the
 * link nears the screen, so when a keyboard user reaches the link, a page of posts they have not
 * read often sits above it: Enter takes them to its first card, and only asks for more when
 * there is nothing left above. Each page that arrives is announced ("20 more posts"), since
 * it arrives without moving the focus.
 */
export function useOlderPostsLink(section: RefObject<HTMLElement | null>, posts: readonly unknown[]) {
  // The card that last held the focus: the reader has read to there.
  const lastFocusedCard = useRef<Element | null>(null);
  // The page that arrived last: its first card, and whether that takes the focus once shown.
  const arrived = useRef<{ firstId: string; count: number; said: boolean } | null>(null);
  const newestPageStart = useRef<string | null>(null);
  const focusWhenShown = useRef(false);

  useEffect(() => {
    const page = arrived.current;
    if (!page) return;
    arrived.current = null;
    newestPageStart.current = page.firstId;
    if (page.said) announce(page.count === 1 ? "1 more post" : `${page.count} more posts`);
    if (!focusWhenShown.current) return;
    focusWhenShown.current = false;
    focusCard(document.getElementById(`post-${page.firstId}`));
  }, [posts]);

  /** Called with the posts a page added below those shown, as it adds them; a page brought back by Back (`restored`) is not announced. */
  const notePageArrived = useCallback((added: readonly { id: string }[], restored: boolean) => {
    arrived.current = added[0] ? { firstId: added[0].id, count: added.length, said: !restored } : null;
  }, []);

  const onSectionFocus = useCallback(
    (event: FocusEvent) => {
      const card = event.target.closest("article");
      if (card?.parentElement === section.current) lastFocusedCard.current = card;
    },
    [section],
  );

  const onLinkClick = useCallback(
    (event: MouseEvent<HTMLAnchorElement>, loadNextPage: () => void) => {
      if (!opensInThisTab(event, event.currentTarget)) return;
      event.preventDefault();
      // Enter on the link (a click of no pointer): first the cards above it that the keyboard has not reached.
      const unread = event.detail === 0 ? firstUnreadCard(section.current, lastFocusedCard.current, newestPageStart.current) : null;
      if (unread) return focusCard(unread);
      focusWhenShown.current = true;
      loadNextPage();
    },
    [section],
  );

  return { notePageArrived, onSectionFocus, onLinkClick };
}

/**
 * The first card below the one that last held the focus, or without one, the first of the page
 * that arrived last: null when the reader has been through every card shown.
 */
function firstUnreadCard(section: HTMLElement | null, lastFocused: Element | null, newestPageStart: string | null): Element | null {
  if (lastFocused?.isConnected) return lastFocused.nextElementSibling;
  const start = newestPageStart ? document.getElementById(`post-${newestPageStart}`) : null;
  return start && section?.contains(start) ? start : null;
}

/** A card takes the focus from script only; a screen reader then reads its name ("Post by Ada"). */
function focusCard(card: Element | null) {
  if (!(card instanceof HTMLElement)) return;
  card.tabIndex = -1;
  card.focus();
}
