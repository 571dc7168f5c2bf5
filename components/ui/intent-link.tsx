"use client";

import Link from "next/link";
import { type ComponentProps, useState } from "react";

type IntentLinkProps = Omit<ComponentProps<typeof Link>, "prefetch">;

/**
 * A link of a list's items (cards, comments, people, results): prefetched once the reader points
 * at it, touches it or focuses it, not when it scrolls into view (Next's hover-triggered prefetch,
 * node_modules/next/dist/docs/01-app/02-guides/prefetching.md). A card has five links or more,
 * and prefetched on sight, one reader scrolling six screens of home cost the server about 170
 * prefetches, 100 times the page's own work (BENCHMARKS.md, "session 17").
 */
export function IntentLink({ onMouseEnter, onTouchStart, onFocus, ...props }: IntentLinkProps) {
  const [intent, setIntent] = useState(false);
  const noting =
    <Event,>(handler?: (event: Event) => void) =>
    (event: Event) => {
      setIntent(true);
      handler?.(event);
    };
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={noting(onMouseEnter)}
      onTouchStart={noting(onTouchStart)}
      onFocus={noting(onFocus)}
    />
  );
}
