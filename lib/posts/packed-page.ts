import { type PackedAuthor, authorAt, authorTable, nameAt, unusualFields } from "@/lib/wire/packing";
import type { RepostLine } from "@/lib/reposts/repost-line";
import type { PostCard, PostPage } from "./queries";
import type { QuoteEmbed, QuotedPost } from "./quotes";

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
  | [id: string, text: string, createdAt: number, author: number, unusual: PackedFields];

type OtherFields = Omit<PostCard, "id" | "text" | "createdAt" | "author" | "reposted">;

/**
 * "Ada reposted" as its total, then the places of the people it names in the
 * page's `authors`: on a profile, the same person reposted many of its cards.
 */
type PackedRepostLine = [total: number, ...names: number[]];

/**
 * A quoted post as a card's row is packed (its author a place in `authors`),
 * or false for one that was deleted or is hidden: about 300 bytes less a quote.
 */
type PackedQuote = false | [id: string, text: string, createdAt: number, author: number] | [id: string, text: string, createdAt: number, author: number, unusual: Partial<QuotedExtras>];

type QuotedExtras = Pick<QuotedPost, "contentWarning" | "image">;

const USUAL_QUOTED = { contentWarning: "", image: null } satisfies QuotedExtras;

type PackedFields = Partial<Omit<OtherFields, "quote">> & { reposted?: PackedRepostLine; quote?: PackedQuote };

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
  mentioned: [],
  quote: null,
  quoteCount: 0,
} satisfies OtherFields;

/** The page for `viewerId`, whose id alone its authors keep (lib/wire/packing.ts, PackedAuthor). */
export function packPage(page: PostPage, viewerId: string | null): PackedPage {
  const { authors, placeOf, placeOfName } = authorTable(viewerId);
  // Every card's and quoted post's author first: placeOfName may then reuse their places.
  for (const { author, quote } of page.items) {
    placeOf(author);
    if (quote?.available) placeOf(quote.post.author);
  }
  const packQuote = (quote: NonNullable<QuoteEmbed>): PackedQuote => {
    if (!quote.available) return false;
    const { id, text, createdAt, author, ...extras } = quote.post;
    const row = [id, text, createdAt.getTime(), placeOf(author)] as const;
    const unusual = unusualFields(extras, USUAL_QUOTED);
    return unusual ? [...row, unusual] : [...row];
  };
  const items = page.items.map(({ id, text, createdAt, author, reposted, quote, ...others }): PackedCard => {
    const packed = [id, text, createdAt.getTime(), placeOf(author)] as const;
    const line: PackedFields = reposted ? { reposted: [reposted.total, ...reposted.names.map(placeOfName)] } : {};
    const unusual: PackedFields = { ...unusualFields<Omit<OtherFields, "quote">>(others, USUAL), ...line, ...(quote && { quote: packQuote(quote) }) };
    return Object.keys(unusual).length > 0 ? [...packed, unusual] : [...packed];
  });
  return { authors, items, nextCursor: page.nextCursor };
}

function unpackRepostLine(authors: PackedAuthor[], [total, ...names]: PackedRepostLine): RepostLine {
  return { names: names.map((place) => nameAt(authors, place)), total };
}

function unpackQuote(authors: PackedAuthor[], packed: PackedQuote): QuoteEmbed {
  if (packed === false) return { available: false };
  const [id, text, createdAt, author, unusual] = packed;
  return { available: true, post: { ...USUAL_QUOTED, ...unusual, id, text, createdAt: new Date(createdAt), author: authorAt(authors, author) } };
}

export function unpackPage({ authors, items, nextCursor }: PackedPage): PostPage {
  return {
    items: items.map(([id, text, createdAt, author, { reposted, quote, ...unusual } = {}]) => ({
      ...USUAL,
      ...unusual,
      quote: quote === undefined ? null : unpackQuote(authors, quote),
      reposted: reposted ? unpackRepostLine(authors, reposted) : null,
      id,
      text,
      createdAt: new Date(createdAt),
      author: authorAt(authors, author),
    })),
    nextCursor,
  };
}
