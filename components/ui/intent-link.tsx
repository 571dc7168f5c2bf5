"use client";

import { useRouter } from "next/navigation";
import type { ComponentProps, MouseEvent } from "react";
import { opensInThisTab } from "./plain-click";

/** An anchor's attributes; the handlers are the link's own. */
type IntentLinkProps = Omit<ComponentProps<"a">, "href" | "onClick" | "onMouseEnter" | "onTouchStart" | "onFocus"> & { href: string };

/**
 * A link of a list's items (cards, comments, people, results): prefetched once the reader points
 * at it, touches it or focuses it, not when it scrolls into view. A card has five links or more,
 * and prefetched on sight, one reader scrolling six screens of home cost the server about 170
 * prefetches, 100 times the page's own work (BENCHMARKS.md, "session 17").
 *
 * A plain anchor with the router's own navigation and prefetch rather than next/link, whose
 * server render (its hooks, its address formatting, its visibility observer) runs for every
 * link of every card: pages of 200 cards took 5–11 % less CPU with this link (BENCHMARKS.md,
 * "session 25"). The click is the browser's wherever Link would leave it so:
 * a modified click, another target, a download, another site.
 */
export function IntentLink(props: IntentLinkProps) {
  const router = useRouter();
  const { href } = props;
  function follow(event: MouseEvent<HTMLAnchorElement>) {
    if (!opensHere(event)) return;
    event.preventDefault();
    router.push(href);
  }
  // The router keeps one prefetch per address: pointing again asks for nothing new. Not in
  // development, as with Link: a prefetch there compiles the page it leads to.
  const prefetch = () => {
    if (process.env.NODE_ENV === "production") router.prefetch(href);
  };
  return <a {...props} onClick={follow} onMouseEnter={prefetch} onTouchStart={prefetch} onFocus={prefetch} />;
}

/** A plain left click on a link to this site that opens in this tab: the one a client-side navigation replaces. */
function opensHere(event: MouseEvent<HTMLAnchorElement>): boolean {
  const link = event.currentTarget;
  return !event.defaultPrevented && opensInThisTab(event, link) && link.origin === window.location.origin;
}
