"use client";

import Link from "next/link";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useTransition } from "react";
import { NewPostsButton } from "@/components/live/new-posts-button";
import { useNewHomePosts } from "@/components/live/use-new-home-posts";
import { type FeedSource, loadOlderPosts } from "@/lib/posts/load-more";
import { type PackedPage, unpackPage } from "@/lib/posts/packed-page";
import { focusFirstLeft } from "@/components/ui/focus-first-left";
import { LoadFailedMessage } from "@/components/ui/load-failed-message";
import { answerOrNull } from "@/components/ui/unanswered-request";
import { type CardAnswer, answeredPage } from "./answered-page";
import { focusTargetsAfterCard } from "./card-leaving-focus";
import { PostCard } from "./post-card";
import { useFeedPlace } from "./use-feed-place";
import { useOlderPostsLink } from "./use-older-posts-link";
import { cardAnchor, withCursor } from "@/lib/routes";
import { emptyStateStyle } from "@/components/ui/empty-state";

export type FeedListProps = {
  source: FeedSource;
  firstPage: PackedPage;
  viewerId: string | null;
  viewerIsAdmin?: boolean;
  /** Where the "Older posts" link goes without JavaScript: this page with `?cursor=`. */
  basePath: string;
  empty: React.ReactNode;
  /** Said under the last post, in the feed's own words ("You’re all caught up." is the home feed's). */
  end: React.ReactNode;
  /** The home feed's first page: offer the posts that followed accounts publish meanwhile ("2 new posts"). */
  liveNewPosts?: boolean;
};

/**
 * A feed that loads older posts as the reader nears its end. Pages are cut at
 * a (created_at, id) cursor, so posts published meanwhile cannot shift items
 * into a duplicate or a gap. Without JavaScript the same cursor is a link.
 */
export function FeedList({ source, firstPage, viewerId, viewerIsAdmin = false, basePath, empty, end, liveNewPosts = false }: FeedListProps) {
  const [posts, setPosts] = useState(() => unpackPage(firstPage).items);
  const [cursor, setCursor] = useState(firstPage.nextCursor);
  const [loading, startLoading] = useTransition();
  // The last page asked for did not come (the connection dropped): the link offers it again, and is not followed by itself.
  const [loadFailed, setLoadFailed] = useState(false);
  const sentinel = useRef<HTMLAnchorElement>(null);
  const section = useRef<HTMLElement>(null);
  const { newPosts, forget } = useNewHomePosts(liveNewPosts, posts);
  const place = useFeedPlace(section);
  // The card whose form was last sent, and where the focus goes if it leaves the feed as the server renders it again.
  const sentFrom = useRef<{ card: Element; focusTargets: HTMLElement[] } | null>(null);

  // A new first page arrives when the server re-renders. After a card's own action (a like far
  // down the feed, say) the feed keeps its place and every page loaded; otherwise (after posting,
  // or a follow) it starts over from the page.
  const [shownFirstPage, setShownFirstPage] = useState(firstPage);
  const [cardAnswer, setCardAnswer] = useState<CardAnswer | null>(null);
  if (firstPage !== shownFirstPage) {
    setShownFirstPage(firstPage);
    setCardAnswer(null);
    const answered = cardAnswer && answeredPage(posts, unpackPage(firstPage).items, cardAnswer);
    if (answered) {
      setPosts(answered.posts);
      if (answered.joinedAtEnd) setCursor(firstPage.nextCursor);
      if (answered.joinedOnTop) forget();
    } else {
      setPosts(unpackPage(firstPage).items);
      setCursor(firstPage.nextCursor);
      forget();
      place.startOver();
    }
  }

  const olderPosts = useOlderPostsLink(section, posts);
  const { notePageArrived } = olderPosts;
  const loadNextPage = useCallback(() => {
    if (!cursor || loading) return;
    const restoring = place.reloading();
    startLoading(async () => {
      setLoadFailed(false);
      const next = await answerOrNull(() => loadOlderPosts(source, cursor));
      if (!next) return setLoadFailed(true);
      setPosts((shown) => {
        const seen = new Set(shown.map((post) => post.id));
        const added = next.items.filter((post) => !seen.has(post.id));
        notePageArrived(added, restoring);
        return [...shown, ...added];
      });
      setCursor(next.nextCursor);
      place.notePageLoaded();
    });
  }, [cursor, loading, source, place, notePageArrived]);

  useEffect(() => {
    const element = sentinel.current;
    if (!element || !cursor || loading || loadFailed) return;
    // Back to this feed: the pages the reader had loaded come back without waiting to be scrolled to.
    if (place.reloading()) return loadNextPage();
    const observer = new IntersectionObserver(([entry]) => entry?.isIntersecting && loadNextPage(), { rootMargin: "600px" });
    observer.observe(element);
    return () => observer.disconnect();
  }, [cursor, loading, loadFailed, place, loadNextPage]);

  useLayoutEffect(() => place.settle(cursor === null), [posts, cursor, place]);

  // A post taken off the bookmarks (or deleted) goes with its card, and the focus with it: it
  // moves on rather than falling to the top of the page. Focus kept (a like) stays where it is.
  useEffect(() => {
    const sent = sentFrom.current;
    if (!sent || sent.card.isConnected) return;
    sentFrom.current = null;
    focusFirstLeft(sent.focusTargets);
  }, [posts]);

  // The button for new posts leaves once they are shown: the focus goes on from the newest of
  // them (a screen reader says whose post it is), not from the top of the page.
  const focusNewest = useRef(false);
  useEffect(() => {
    if (!focusNewest.current) return;
    focusNewest.current = false;
    focusFirstLeft([section.current?.querySelector("article")]);
  }, [posts]);

  // New posts go on top of those shown, so the reader keeps every post loaded so far (and the
  // place to come back to); only more than a page of them starts the feed over from the top.
  function showNewPosts() {
    if (!newPosts) return;
    focusNewest.current = true;
    const added = new Set(newPosts.items.map((post) => post.id));
    setPosts((shown) => (newPosts.gap ? newPosts.items : [...newPosts.items, ...shown.filter((post) => !added.has(post.id))]));
    if (newPosts.gap) setCursor(newPosts.nextCursor);
    forget();
    window.scrollTo({ top: 0 });
  }

  const newPostsButton = liveNewPosts && (
    <NewPostsButton count={newPosts?.items.length ?? 0} more={newPosts?.gap === true && newPosts.nextCursor !== null} onShow={showNewPosts} />
  );

  if (posts.length === 0 && !newPosts) {
    return (
      <div className={emptyStateStyle}>
        {empty}
      </div>
    );
  }
  return (
    <>
      {newPostsButton}
      <section
        ref={section}
        aria-label="Posts"
        aria-busy={loading}
        onFocus={olderPosts.onSectionFocus}
        onSubmit={(event) => {
          const card = event.target instanceof Element ? event.target.closest("article") : null;
          if (!card) return;
          sentFrom.current = { card, focusTargets: focusTargetsAfterCard(card) };
          const post = posts.find((shown) => cardAnchor(shown.id) === card.id);
          if (post) setCardAnswer({ postId: post.id, leaves: leavesFeed(event.nativeEvent, source) });
        }}
      >
        {posts.map((post) => (
          <PostCard key={post.id} post={post} viewerId={viewerId} viewerIsAdmin={viewerIsAdmin} />
        ))}
      </section>
      {cursor ? (
        <nav aria-label="Pagination" className="mt-6 text-center">
          {loadFailed && <LoadFailedMessage what="Older posts" />}
          <Link ref={sentinel} href={withCursor(basePath, cursor)} onClick={(event) => olderPosts.onLinkClick(event, loadNextPage)} className="page-link">
            {loading ? "Loading…" : loadFailed ? "Try again" : "Older posts"}
          </Link>
        </nav>
      ) : (
        <p className="mt-6 text-center text-sm text-zinc-600 dark:text-zinc-400">{end}</p>
      )}
    </>
  );
}

/**
 * Whether the form a card sent takes the card off this feed: its Delete (or Remove), or its
 * bookmark taken back on the bookmarks page. A like, a repost or a bookmark elsewhere keeps it.
 */
function leavesFeed(submission: Event, source: FeedSource): boolean {
  const pressed = submission instanceof SubmitEvent ? submission.submitter?.getAttribute("name") : null;
  if (pressed === "bookmark") return source.kind === "bookmarks";
  return pressed !== "like" && pressed !== "repost";
}
