import { type PackedAuthor, authorAt, authorTable, unusualFields } from "@/lib/wire/packing";
import type { PostCard, PostPage } from "./queries";

/**
 * A page of cards as the server hands it to the client-side feed
 * (components/posts/feed.tsx), about a third of the bytes of the cards as
 * they are (lib/wire/packing.ts).
 */
export type PackedPage = { authors: PackedAuthor[]; items: PackedCard[]; nextCursor: string | null };

/**
 * A card: its id, text, time (milliseconds since 1970, shorter than a
 * serialized Date) and author (a place in the page's `authors`), then its
 * other fields that do not hold the usual value (USUAL), if any.
 */
export type PackedCard =
  | [id: string, text: string, createdAt: number, author: number]
  | [id: string, text: string, createdAt: number, author: number, unusual: Partial<OtherFields>];

type OtherFields = Omit<PostCard, "id" | "text" | "createdAt" | "author">;

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
} satisfies OtherFields;

export function packPage(page: PostPage): PackedPage {
  const { authors, placeOf } = authorTable();
  const items = page.items.map(({ id, text, createdAt, author, ...others }): PackedCard => {
    const unusual = unusualFields<OtherFields>(others, USUAL);
    const packed = [id, text, createdAt.getTime(), placeOf(author)] as const;
    return unusual ? [...packed, unusual] : [...packed];
  });
  return { authors, items, nextCursor: page.nextCursor };
}

export function unpackPage({ authors, items, nextCursor }: PackedPage): PostPage {
  return {
    items: items.map(([id, text, createdAt, author, unusual]) => ({ ...USUAL, ...unusual, id, text, createdAt: new Date(createdAt), author: authorAt(authors, author) })),
    nextCursor,
  };
}
