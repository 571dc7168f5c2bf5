import { type PackedAuthor, authorAt, authorTable, withoutUsual } from "@/lib/wire/packing";
import type { PostCard, PostPage } from "./queries";

/**
 * A page of cards as the server hands it to the client-side feed
 * (components/posts/feed.tsx): each author once, and each card without the
 * fields that hold their usual value (no likes, no images, no warning, not
 * quoting…): about a third of the bytes of the cards as they are (lib/wire/packing.ts).
 */
export type PackedPage = { authors: PackedAuthor[]; items: PackedCard[]; nextCursor: string | null };

const USUAL = {
  contentWarning: "",
  editedAt: null,
  images: [],
  likeCount: 0,
  commentCount: 0,
  repostCount: 0,
  likedByViewer: false,
  bookmarkedByViewer: false,
  repostedByViewer: false,
  reposted: null,
  mentioned: [],
  quote: null,
  quoteCount: 0,
} satisfies Partial<PostCard>;

type UsualKey = keyof typeof USUAL;

/** A card whose author is a place in the page's `authors`, and whose usual fields may be left out. */
export type PackedCard = Omit<PostCard, "author" | UsualKey> & Partial<Pick<PostCard, UsualKey>> & { author: number };

export function packPage(page: PostPage): PackedPage {
  const { authors, indexOf } = authorTable();
  const items = page.items.map((card) => withoutUsual<PackedCard>({ ...card, author: indexOf(card.author) }, USUAL));
  return { authors, items, nextCursor: page.nextCursor };
}

export function unpackPage({ authors, items, nextCursor }: PackedPage): PostPage {
  return { items: items.map((card) => ({ ...USUAL, ...card, author: authorAt(authors, card.author) })), nextCursor };
}
