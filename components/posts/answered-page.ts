/** A card of a feed, by its post. */
type FeedEntry = { id: string };

/** What the reader sent from a card of the feed: the server's next first page is its answer. */
export type CardAnswer = { postId: string; leaves: boolean };

/**
 * The feed that the server's new first page leaves after the reader's own card action (a like,
 * a repost, a deleted post), further down than that page reaches: the cards keep their places
 * and take the page's fresher counts and states. Only the card the action took off the feed
 * leaves, unless the page still has it. Posts the page has above all of those shown join on top,
 * and those past its last shown card join at the end when nothing was loaded beyond it.
 * The reader's own repost comes back as the post at the page's top; the card stays in its place
 * instead, as on X.
 * `null` when the page differs from the feed between its cards (it was reordered under the
 * reader): then the feed starts over from the page.
 */
export function answeredPage<Entry extends FeedEntry>(shown: readonly Entry[], page: readonly Entry[], answer: CardAnswer) {
  const fresh = new Map(page.map((entry) => [entry.id, entry]));
  const kept = shown.filter((entry) => !(answer.leaves && entry.id === answer.postId && !fresh.has(entry.id)));
  const keptIds = new Set(kept.map((entry) => entry.id));
  const sharedPlaces = page.flatMap((entry, place) => (keptIds.has(entry.id) ? [place] : []));
  const first = sharedPlaces[0];
  const last = sharedPlaces.at(-1);
  if (first === undefined || last === undefined) return null;
  if (page.slice(first, last + 1).some((entry) => !keptIds.has(entry.id))) return null;

  const onTop = page.slice(0, first);
  const atEnd = page.slice(last + 1);
  const lastShared = page[last];
  if (atEnd.length > 0 && kept.at(-1)?.id !== lastShared?.id) return null;
  const refreshed = kept.map((entry) => fresh.get(entry.id) ?? entry);
  return { posts: [...onTop, ...refreshed, ...atEnd], joinedOnTop: onTop.length > 0, joinedAtEnd: atEnd.length > 0 };
}
