import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountShown } from "@/lib/moderation/visibility";
import { type PublicUser, publicUserRow, publicUserSelect } from "@/lib/profiles/public-user";
import { type Viewer, notBlockedWithSql } from "@/lib/safety/visibility";
import { cutToCodeUnits } from "@/lib/validation/text";

// What a post card shows of the post it quotes, read in the card's own
// statement (Prisma's select for the feeds, SQL for the home feed), so quotes
// add no statement per card. An embed never shows what the quoted post quotes.

/** How much of a quoted post's text its embed shows. */
export const QUOTED_TEXT_LENGTH = 280;

export type QuotedPost = {
  id: string;
  text: string;
  /** Its content warning ("" for none): the embed folds its text behind it too. */
  contentWarning: string;
  createdAt: Date;
  author: PublicUser;
  /** The quoted post's first image, as a thumbnail. */
  image: { fileKey: string; width: number; height: number; alt: string } | null;
};

/** A card's quote: none, one that can be shown, or one whose post was deleted or is hidden. */
export type QuoteEmbed = null | { available: true; post: QuotedPost } | { available: false };

const quotedImageSelect = { fileKey: true, width: true, height: true, alt: true } satisfies Prisma.PostImageSelect;

const quotedPostFields = {
  id: true,
  text: true,
  contentWarning: true,
  createdAt: true,
  author: { select: { ...publicUserSelect, suspendedAt: true } },
  images: { select: quotedImageSelect, orderBy: { position: "asc" }, take: 1 },
} satisfies Prisma.PostSelect;

/**
 * The select of a quoted post, as `viewerId` sees it. Its author's suspension and any block
 * between author and viewer are read rather than filtered on: a to-one relation takes no
 * `where`, and a hidden quoted post must still be told apart from no quote at all.
 */
export function quotedPostSelect(viewerId: string | null) {
  if (!viewerId) return quotedPostFields;
  const blocksWithViewer = {
    blocking: { where: { blockedId: viewerId }, select: { blockedId: true }, take: 1 },
    blockedBy: { where: { blockerId: viewerId }, select: { blockerId: true }, take: 1 },
  } satisfies Prisma.UserSelect;
  return { ...quotedPostFields, author: { select: { ...quotedPostFields.author.select, ...blocksWithViewer } } } satisfies Prisma.PostSelect;
}

type QuotedPostRow = Prisma.PostGetPayload<{ select: typeof quotedPostFields }> & {
  author: { blocking?: { blockedId: string }[]; blockedBy?: { blockerId: string }[] };
};

/** The quoted post's author is hidden from the viewer: suspended, or blocked either way. */
function authorHidden({ author }: QuotedPostRow): boolean {
  return author.suspendedAt !== null || (author.blocking?.length ?? 0) > 0 || (author.blockedBy?.length ?? 0) > 0;
}

/** The embed trims the quoted text; a cut says so with "…". */
function trimmed(text: string): string {
  const cut = cutToCodeUnits(text, QUOTED_TEXT_LENGTH);
  return cut === text ? text : `${cut.trimEnd()}…`;
}

/** The embed of a card read by Prisma: `quotedPost` is null once the quoted post is deleted. */
export function toQuoteEmbed(isQuote: boolean, quotedPost: QuotedPostRow | null): QuoteEmbed {
  if (!isQuote) return null;
  if (!quotedPost || authorHidden(quotedPost)) return { available: false };
  const { id, username, displayName, avatarKey, role } = quotedPost.author;
  const post = { id: quotedPost.id, text: trimmed(quotedPost.text), contentWarning: quotedPost.contentWarning, createdAt: quotedPost.createdAt };
  return { available: true, post: { ...post, author: { id, username, displayName, avatarKey, role }, image: quotedPost.images[0] ?? null } };
}

/** The quoted post of a card read by SQL (below): null when there is none or it cannot be shown. */
const quotedPostRow = z.object({
  id: z.string(),
  text: z.string(),
  contentWarning: z.string(),
  // json_build_object writes a timestamp as text.
  createdAt: z.coerce.date(),
  author: publicUserRow,
  image: z.object({ fileKey: z.string(), width: z.number().int(), height: z.number().int(), alt: z.string() }).nullable(),
});

/** The quote fields of a card read by SQL, checked like the rest of the row (lib/db-rows.ts). */
export const quoteCardRow = z
  .object({ isQuote: z.boolean(), quotedPost: quotedPostRow.nullable(), quoteCount: z.number().int() })
  .transform(({ isQuote, quotedPost, quoteCount }) => ({
    quote: ((): QuoteEmbed => {
      if (!isQuote) return null;
      return quotedPost ? { available: true, post: { ...quotedPost, text: trimmed(quotedPost.text) } } : { available: false };
    })(),
    quoteCount,
  }));

/**
 * SQL: the quote columns of the card of the post aliased `p` ("isQuote",
 * "quotedPost", "quoteCount"), the same as Prisma's select in queries.ts: one
 * probe of the quoted post's primary key, and a count of the entries of
 * posts_quoted_created_idx, leaving out quotes by suspended accounts. A
 * quoted post whose author and `viewerId` block each other (lib/safety) is
 * unavailable, as a suspended author's is.
 */
export const quoteCardColumnsSql = (viewerId: Viewer) => Prisma.sql`
  p.is_quote AS "isQuote",
  (SELECT json_build_object('id', q.id, 'text', q.text, 'contentWarning', q.content_warning, 'createdAt', q.created_at,
                            'author', json_build_object('id', qu.id, 'username', qu.username, 'displayName', qu.display_name,
                                                        'avatarKey', qu.avatar_key, 'role', qu.role),
                            'image', (SELECT json_build_object('fileKey', i.file_key, 'width', i.width, 'height', i.height, 'alt', i.alt)
                                      FROM post_images AS i WHERE i.post_id = q.id ORDER BY i.position LIMIT 1))
   FROM posts AS q JOIN users AS qu ON qu.id = q.author_id
   WHERE q.id = p.quoted_post_id AND qu.suspended_at IS NULL AND ${notBlockedWithSql(viewerId, "qu.id")}) AS "quotedPost",
  (SELECT count(*) FROM posts AS q WHERE q.quoted_post_id = p.id AND ${accountShown("q.author_id")})::int AS "quoteCount"`;
