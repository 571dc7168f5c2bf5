import { cache } from "react";
import { z } from "zod";
import { db, queryKeptPlan } from "@/lib/db";
import { lagTolerantDb } from "@/lib/db-routing";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { visibleAuthor } from "@/lib/moderation/visibility";
import { PAGE_SIZE, decodeCursor, olderThan, toPage, toPageAt } from "@/lib/pagination/cursor";
import { publicUserRow, publicUserSelect } from "@/lib/profiles/public-user";
import { recordId } from "@/lib/validation/ids";
import { inListsOf, profileOpenTo } from "@/lib/safety/visibility";
import { type RepostLine, repostLine, repostersRow } from "@/lib/reposts/repost-line";
import { exploreCardsSql, postCardSql, profileCardsSql } from "./card-statements";
import { homeFeedCardsSql } from "./home-feed";
import { type QuoteEmbed, type QuotedPost, quoteCardRow, quotedPostSelect, toQuoteEmbed } from "./quotes";

const postStatsSelect = { likeCount: true, commentCount: true, repostCount: true } satisfies Prisma.PostStatsSelect;

/**
 * Everything a post card shows, for a whole page in one SQL statement: with
 * the relationJoins preview (prisma/schema.prisma) Prisma reads the author,
 * images, counts and "liked by me" through per-post LATERAL joins on their
 * indexes. (Without it, `_count` in a list aggregated the whole likes and
 * comments tables: 400+ ms per page at 250k likes, see BENCHMARKS.md.)
 * "Liked by me" and "bookmarked by me" are filtered relations that only exist
 * for a signed-in viewer: a filter on `userId: undefined` would match everyone's.
 */
export function postCardSelect(viewerId: string | null) {
  return {
    id: true,
    text: true,
    contentWarning: true,
    createdAt: true,
    editedAt: true,
    author: { select: publicUserSelect },
    images: { select: { id: true, fileKey: true, width: true, height: true, alt: true }, orderBy: { position: "asc" } },
    ...(viewerId ? { likes: { where: { userId: viewerId }, select: { userId: true }, take: 1 } } : {}),
    ...(viewerId ? { bookmarks: { where: { userId: viewerId }, select: { userId: true }, take: 1 } } : {}),
    ...(viewerId ? { reposts: { where: { userId: viewerId }, select: { userId: true }, take: 1 } } : {}),
    // Every like, comment and repost, as triggers count them (see the post_stats migration),
    // minus those by suspended accounts, which triggers keep on the post (see the
    // hide_suspended_engagement migration). Leaving out suspended authors in the count would
    // look up the author of every comment (20,000 on the busiest post at the benchmark's scale:
    // 117 ms a card). Quotes are few next to likes: counting them past suspended authors costs a probe each.
    stats: { select: postStatsSelect },
    _count: { select: { quotes: { where: visibleAuthor } } },
    hiddenLikeCount: true,
    hiddenCommentCount: true,
    hiddenRepostCount: true,
    // The accounts the text mentions that are shown: which "@name"s become links (LinkedText).
    mentions: { where: { user: profileOpenTo(viewerId) }, select: { user: { select: { username: true } } } },
    isQuote: true,
    quotedPost: { select: quotedPostSelect(viewerId) },
  } satisfies Prisma.PostSelect;
}

type PostRow = Prisma.PostGetPayload<{ select: ReturnType<typeof postCardSelect> }> & {
  likes?: { userId: string }[];
  bookmarks?: { userId: string }[];
  reposts?: { userId: string }[];
};

export type PostCard = Omit<
  PostRow,
  | "likes"
  | "bookmarks"
  | "reposts"
  | "_count"
  | "stats"
  | "hiddenLikeCount"
  | "hiddenCommentCount"
  | "hiddenRepostCount"
  | "mentions"
  | "isQuote"
  | "quotedPost"
> & {
  likeCount: number;
  commentCount: number;
  repostCount: number;
  likedByViewer: boolean;
  bookmarkedByViewer: boolean;
  repostedByViewer: boolean;
  /** Who brought the post into this feed by reposting it ("Ada reposted"), or null. */
  reposted: RepostLine | null;
  /** The usernames of the shown accounts the text mentions. */
  mentioned: string[];
  quote: QuoteEmbed;
  quoteCount: number;
};

export function toPostCard({
  likes,
  bookmarks,
  reposts,
  _count,
  stats,
  hiddenLikeCount,
  hiddenCommentCount,
  hiddenRepostCount,
  mentions,
  isQuote,
  quotedPost,
  ...post
}: PostRow): PostCard {
  return {
    ...post,
    quote: toQuoteEmbed(isQuote, quotedPost),
    quoteCount: _count.quotes,
    likeCount: (stats?.likeCount ?? 0) - hiddenLikeCount,
    commentCount: (stats?.commentCount ?? 0) - hiddenCommentCount,
    repostCount: (stats?.repostCount ?? 0) - hiddenRepostCount,
    likedByViewer: (likes?.length ?? 0) > 0,
    bookmarkedByViewer: (bookmarks?.length ?? 0) > 0,
    repostedByViewer: (reposts?.length ?? 0) > 0,
    reposted: null,
    mentioned: mentions.map((mention) => mention.user.username),
  };
}

/** A card read by hand-written SQL (the home feed, profiles), checked against the same type as Prisma's. */
const postCardRow = z.object({
  id: z.string(),
  text: z.string(),
  contentWarning: z.string(),
  createdAt: z.date(),
  editedAt: z.date().nullable(),
  author: publicUserRow,
  images: z.array(z.object({ id: z.string(), fileKey: z.string(), width: z.number().int(), height: z.number().int(), alt: z.string() })),
  likeCount: z.number().int(),
  commentCount: z.number().int(),
  repostCount: z.number().int(),
  likedByViewer: z.boolean(),
  bookmarkedByViewer: z.boolean(),
  repostedByViewer: z.boolean(),
  feedAt: z.date(),
  reposters: repostersRow,
  mentioned: z.array(z.string()),
}).and(quoteCardRow);

/** Rows of `feedCardsSql` as a page of cards, cut at the entries' position (feed time, post id). */
export function toFeedPage(rows: unknown): PostPage {
  const page = toPageAt(parseRows(postCardRow, rows), (row) => ({ createdAt: row.feedAt, id: row.id }));
  return { items: page.items.map(({ feedAt: _feedAt, reposters, ...card }): PostCard => ({ ...card, reposted: repostLine(reposters) })), nextCursor: page.nextCursor };
}

/** How many likes of `postId` are shown (those of suspended accounts are not). */
export async function visibleLikeCount(postId: string): Promise<number> {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { hiddenLikeCount: true, stats: { select: { likeCount: true } } },
  });
  return post ? (post.stats?.likeCount ?? 0) - post.hiddenLikeCount : 0;
}

/** One page of posts matching `where`, newest first, after `cursorToken`. */
async function pageOfPosts(where: Prisma.PostWhereInput, viewerId: string | null, cursorToken?: string | null): Promise<PostPage> {
  const rows = await db.post.findMany({
    // AND, not a spread: both the feed's filter and the cursor may be an OR.
    // Every feed leaves out the posts of suspended accounts.
    where: { AND: [where, visibleAuthor, olderThan(decodeCursor(cursorToken))] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: postCardSelect(viewerId),
  });
  const page = toPage(rows);
  return { items: page.items.map(toPostCard), nextCursor: page.nextCursor };
}

export type PostPage = { items: PostCard[]; nextCursor: string | null };

/**
 * Explore: everyone's posts, as the viewer's hiding rules leave them (lib/safety), in one
 * statement whose plan is kept (keptPlanSql); may come from a replica.
 */
export async function listLatestPosts(viewerId: string | null, cursorToken?: string | null): Promise<PostPage> {
  return toFeedPage(await queryKeptPlan(exploreCardsSql(viewerId, decodeCursor(cursorToken)), await lagTolerantDb()));
}

/**
 * Home: the viewer's own posts and those of the people they follow, and the
 * posts these reposted. Which posts (and in which order) is decided by hand-written SQL in home-feed.ts,
 * the one query Prisma cannot plan well; the cards are read in the same
 * statement, so a page is one round trip like the other feeds.
 */
export async function listHomeFeed(viewerId: string, cursorToken?: string | null): Promise<PostPage> {
  return toFeedPage(await queryKeptPlan(homeFeedCardsSql(viewerId, decodeCursor(cursorToken), PAGE_SIZE + 1)));
}

/**
 * A profile: one author's posts and reposts, newest first (reposts at their repost time), in one
 * statement whose plan is kept (keptPlanSql); may come from a replica.
 */
export async function listUserPosts(authorId: string, viewerId: string | null, cursorToken?: string | null): Promise<PostPage> {
  return toFeedPage(await queryKeptPlan(profileCardsSql(authorId, viewerId, decodeCursor(cursorToken)), await lagTolerantDb()));
}

/** The posts that quote `postId`, newest first (posts_quoted_created_idx), as feed cards. */
export function listQuotes(postId: string, viewerId: string | null, cursorToken?: string | null) {
  return pageOfPosts({ quotedPostId: postId, author: inListsOf(viewerId) }, viewerId, cursorToken);
}

/**
 * One post for its own page, or null when it does not exist (or no longer
 * does, or its author is suspended, or blocks the viewer or is blocked by them).
 * One statement whose plan is kept (keptPlanSql), read once per request: the page and its title both ask.
 */
export const getPost = cache(async (postId: string, viewerId: string | null): Promise<PostCard | null> => {
  if (!recordId().safeParse(postId).success) return null;
  return toFeedPage(await queryKeptPlan(postCardSql(postId, viewerId))).items[0] ?? null;
});

/** The author's own post as the edit form starts from it, or null for anyone else (and for a hidden post). */
export function getEditablePost(postId: string, viewerId: string) {
  if (!/^[a-z0-9]{1,64}$/.test(postId)) return null;
  return db.post.findUnique({
    where: { id: postId, authorId: viewerId, AND: [visibleAuthor] },
    select: {
      id: true,
      text: true,
      contentWarning: true,
      images: { select: { id: true, fileKey: true, width: true, height: true, alt: true }, orderBy: { position: "asc" } },
    },
  });
}

export type EditablePost = NonNullable<Awaited<ReturnType<typeof getEditablePost>>>;

/** The post `viewerId` asked to quote, as the composer shows it, or null when it cannot be seen (the service checks again). */
export async function getQuotablePost(postId: string, viewerId: string): Promise<QuotedPost | null> {
  const post = await getPost(postId, viewerId);
  if (!post) return null;
  const embed = toQuoteEmbed(true, { ...post, author: { ...post.author, suspendedAt: null }, images: post.images.slice(0, 1) });
  return embed?.available ? embed.post : null;
}
