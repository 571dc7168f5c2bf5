"use client";

import Link from "next/link";
import { Fragment, useEffect, useRef, useState, useTransition } from "react";
import type { FeedSource } from "@/lib/posts/load-more";
import { type OlderCards, loadOlderCards } from "./older-cards";

type InfiniteFeedProps = {
  source: FeedSource;
  /** Where the first page ends, or null when it is the last. */
  cursor: string | null;
  /** Where the "Older posts" link goes without JavaScript: this page with `?cursor=`. */
  basePath: string;
  /** The first page's cards, rendered on the server. */
  children: React.ReactNode;
};

/**
 * Appends older pages, rendered on the server, as the reader nears the end.
 * Pages are cut at a (created_at, id) cursor, so posts published meanwhile
 * cannot shift items into a duplicate or a gap; a page that arrives twice
 * (the observer firing again before the first answer) adds no card twice.
 * Without JavaScript the same cursor is a link.
 */
export function InfiniteFeed({ source, cursor: firstCursor, basePath, children }: InfiniteFeedProps) {
  const [older, setOlder] = useState<OlderCards["cards"]>([]);
  const [cursor, setCursor] = useState(firstCursor);
  const [loading, startLoading] = useTransition();
  const sentinel = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    const element = sentinel.current;
    if (!element || !cursor) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry?.isIntersecting || loading) return;
        startLoading(async () => {
          const next = await loadOlderCards(source, cursor);
          setOlder((shown) => {
            const seen = new Set(shown.map((card) => card.id));
            return [...shown, ...next.cards.filter((card) => !seen.has(card.id))];
          });
          setCursor(next.nextCursor);
        });
      },
      { rootMargin: "600px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [cursor, loading, source]);

  return (
    <>
      <section aria-label="Posts" aria-busy={loading}>
        {children}
        {older.map(({ id, card }) => (
          <Fragment key={id}>{card}</Fragment>
        ))}
      </section>
      {cursor ? (
        <nav aria-label="Pagination" className="mt-6 text-center">
          <Link
            ref={sentinel}
            href={`${basePath}?cursor=${cursor}`}
            className="inline-block rounded-full border border-zinc-300 px-5 py-2 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
          >
            {loading ? "Loading…" : "Older posts"}
          </Link>
        </nav>
      ) : (
        <p className="mt-6 text-center text-sm text-zinc-600 dark:text-zinc-400">You’re all caught up.</p>
      )}
    </>
  );
}
