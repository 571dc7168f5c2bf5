"use client";

import { type RefObject, useLayoutEffect, useState } from "react";
import { FOCUSABLE } from "@/components/ui/focus-first-left";

/**
 * Where a reader left a feed: how many pages they had loaded after the first, the card at the
 * top of their screen, with how far below the top of the window it stood, and the control of a
 * card that had the focus (the link they followed), by its card and its place among the card's.
 */
type FeedPlace = {
  pagesLoaded: number;
  topCard: { id: string; top: number } | null;
  focused: { cardId: string; index: number } | null;
};

/**
 * Kept for this document only, by history entry: Back to a feed comes within the same document,
 * and a reload starts the feed afresh anyway. The oldest place goes first past the limit.
 */
const places = new Map<string, FeedPlace>();
const MAX_PLACES = 20;

/**
 * The history entry's key from the Navigation API: it stays the same when the router replaces the
 * entry's state, and a new entry gets a new one. Null where the browser has no Navigation API; the
 * feed then comes back with its first page only, as before.
 */
function currentEntryKey(): string | null {
  const navigation: unknown = Reflect.get(window, "navigation");
  if (typeof navigation !== "object" || navigation === null || !("currentEntry" in navigation)) return null;
  const entry = navigation.currentEntry;
  return typeof NavigationHistoryEntry !== "undefined" && entry instanceof NavigationHistoryEntry && entry.key !== "" ? entry.key : null;
}

function remember(key: string, place: FeedPlace) {
  places.delete(key);
  places.set(key, place);
  const oldest = places.keys().next();
  if (places.size > MAX_PLACES && !oldest.done) places.delete(oldest.value);
}

/** The first card of `section` still on screen below the window's top edge, and where it stands. */
function topCardOf(section: HTMLElement | null): FeedPlace["topCard"] {
  for (const card of section?.children ?? []) {
    const { top, bottom } = card.getBoundingClientRect();
    if (bottom > 0 && card.id) return { id: card.id, top };
  }
  return null;
}

/** The control of a card of `section` that has the focus, by the card's id and its place among the card's controls. */
function focusedControlOf(section: HTMLElement | null): FeedPlace["focused"] {
  const focused = document.activeElement;
  const card = focused?.closest("article");
  if (!focused || !card?.id || card.parentElement !== section) return null;
  const index = [...card.querySelectorAll(FOCUSABLE)].indexOf(focused);
  return index < 0 ? null : { cardId: card.id, index };
}

/**
 * Brings a reader back to their place in a feed after Back (from a post they opened, say). The
 * browser restores the scroll position of an entry of the same document itself, but at once,
 * while the feed shows its first page only: it lands at that page's end. So the feed asks for
 * the pages the reader had loaded (`reloading`, while `notePageLoaded` counts them), and once
 * they are on screen (`settle`, after each render of new posts) puts the card that was at the
 * top of the screen back where it stood, and the focus back on the control it was on: a keyboard
 * user goes on from the link they followed, not from the top of the page.
 */
export function useFeedPlace(section: RefObject<HTMLElement | null>) {
  const [tracker] = useState(createTracker);

  useLayoutEffect(() => {
    const entry = currentEntryKey();
    const feed = section.current;
    tracker.returnTo(entry ? places.get(entry) : undefined);
    // Read while the feed is still on screen: this cleanup runs before the next page takes its place.
    return () => {
      if (entry) remember(entry, { pagesLoaded: tracker.pagesLoaded(), topCard: topCardOf(feed), focused: focusedControlOf(feed) });
    };
  }, [section, tracker]);

  return tracker;
}

function createTracker() {
  let pagesLoaded = 0;
  let returningTo: FeedPlace | null = null;
  return {
    pagesLoaded: () => pagesLoaded,
    returnTo: (place: FeedPlace | undefined) => {
      returningTo = place ?? null;
    },
    /** Whether pages the reader had loaded before are still to come back. */
    reloading: () => returningTo !== null && pagesLoaded < returningTo.pagesLoaded,
    notePageLoaded: () => {
      pagesLoaded += 1;
    },
    /** The feed started over from a new first page: nothing loaded after it, and no place to return to. */
    startOver: () => {
      pagesLoaded = 0;
      returningTo = null;
    },
    /**
     * Once the pages are back (or the feed has no more), puts the card that was at the top of the
     * screen back where it stood.
     */
    settle: (noMorePages: boolean) => {
      if (!returningTo || (pagesLoaded < returningTo.pagesLoaded && !noMorePages)) return;
      const { topCard, focused } = returningTo;
      returningTo = null;
      const card = topCard && document.getElementById(topCard.id);
      if (card && topCard) window.scrollBy(0, card.getBoundingClientRect().top - topCard.top);
      const control = focused && document.getElementById(focused.cardId)?.querySelectorAll<HTMLElement>(FOCUSABLE)[focused.index];
      const focusLost = document.activeElement === null || document.activeElement === document.body;
      if (control && focusLost) control.focus({ preventScroll: true });
    },
  };
}
