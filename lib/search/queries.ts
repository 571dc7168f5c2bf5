import { z } from "zod";
import { lagTolerantDb } from "@/lib/db-routing";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseRows } from "@/lib/db-rows";
import { accountRowShown, accountShown } from "@/lib/moderation/visibility";
import { type PublicUser, publicUserRow } from "@/lib/profiles/public-user";
import { mutedWordsHideAny, ownListsHideAny } from "@/lib/safety/queries";
import { holdsMutedWordSql, inListsOfSql, noMutedWordSql, notBlockedWithSql } from "@/lib/safety/visibility";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { listsHideTag, mutedWordsHideTag } from "@/lib/tags/queries";
import { searchedTag } from "@/lib/tags/schema";
import { linkParts } from "@/lib/validation/links";
import { cutToCodeUnits } from "@/lib/validation/text";
import { type Excerpt, toExcerpt } from "./excerpt";
import { HIGHLIGHT_END, HIGHLIGHT_START, parseSnippet } from "./highlight";
import { markLinkWords } from "./link-words";
import { MAX_PAGES, wordsLookedFor, postSearchWords } from "./schema";

// Search pages are cut by offset, and only the first MAX_PAGES of them are
// served. Results are ordered by relevance, which PostgreSQL computes per
// matching row: no index yields them in that order, so a keyset on
// (score, id) would save no work, only add a cursor of floating-point scores
// to the URL. Capping the depth bounds the cost instead: at most
// PAGE_SIZE * MAX_PAGES + 1 rows are ever sorted out. Posts written between
// two pages are left out of the later ones (Search["until"]: the pages after
// the first are found as of its time), so they cannot push a result seen onto
// the next page; one deleted meanwhile can still make one be skipped. The id
// tie-break keeps pages disjoint within one state of the data.

export type SearchPage<T> = { items: T[]; page: number; hasMore: boolean };

function offsetOf(page: number, pageSize = PAGE_SIZE): number {
  return (Math.min(Math.max(Math.trunc(page), 1), MAX_PAGES) - 1) * pageSize;
}

/** Splits a `pageSize + 1` result; there is no page after the last one served. */
function toSearchPage<T>(rows: T[], page: number, pageSize = PAGE_SIZE): SearchPage<T> {
  return { items: rows.slice(0, pageSize), page, hasMore: rows.length > pageSize && page < MAX_PAGES };
}

const emptyPage = <T>(page: number): SearchPage<T> => ({ items: [], page, hasMore: false });

/** What a result shows of a person, be it the match itself or a post's author. */
export type PersonSummary = PublicUser;
export type PersonResult = PersonSummary & { bio: string };
export type PostResult = { id: string; createdAt: Date; editedAt: Date | null; excerpt: Excerpt; contentWarning: string; author: PersonSummary };

const personResultRow = publicUserRow.extend({ bio: z.string() }) satisfies z.ZodType<PersonResult>;

/**
 * How close a misspelling may be: the share of the query's trigrams found in
 * some stretch of the name. pg_trgm's default, 0.6, misses one swapped or
 * dropped letter in a short name ("bruon" for "bruno", "fisher" for
 * "Fischer" score 0.5); below 0.5 unrelated names start to match.
 */
const WORD_SIMILARITY_THRESHOLD = "0.5";

/**
 * The statement behind `searchPeople`, for it and for the test of its plan.
 * Display names, bios and the query are compared folded (`search_fold`: no
 * accents, lower case), so "martinez" finds "Martínez" and "yilmaz" "Yılmaz";
 * usernames are lower-case ASCII already. Prefixes are LIKE patterns and
 * look-alikes pg_trgm's `<%` operator, all answered by trigram GIN indexes:
 * on `username`, and on the folded display name and bio (expression indexes,
 * see the migration accent_insensitive_search). The query is folded and
 * escaped in SQL, where folding happens; PostgreSQL computes that once, when
 * it plans the statement.
 */
/** A page of results for `viewerId` (null: signed out), whose hiding rules apply (lib/safety). */
type PageOf = { limit: number; offset: number; viewerId?: string | null };
/** A page of posts, of those written by `until` when given (Search["until"]). */
type PostsPageOf = PageOf & { until?: Date | null };

/** SQL: `createdAt` is no later than `until`, when there is one. */
function writtenBy(createdAt: Prisma.Sql, until: Date | null | undefined): Prisma.Sql {
  return until ? Prisma.sql`AND ${createdAt} <= ${until}` : Prisma.empty;
}

/**
 * How much of a query people are matched by: more than the longest name (50), less than where the
 * planner gives up the trigram indexes. A query's trigrams each add to the estimated cost of the
 * index scans, and past about 130 characters PostgreSQL read every user instead, comparing each
 * with the query: 0.55 s a search on 5,000 users, and growing with them.
 */
const PEOPLE_QUERY_LENGTH = 64;

export function peopleStatement(query: string, { limit, offset, viewerId = null }: PageOf): Prisma.Sql {
  const name = Prisma.sql`search_fold(${cutToCodeUnits(query.replace(/^@/, ""), PEOPLE_QUERY_LENGTH)})`;
  // Backslash is LIKE's default escape character: %, _ and \ in the query match themselves.
  // Escaped after folding, which turns some characters into them (a full-width ％ into %).
  const prefix = Prisma.sql`replace(replace(replace(${name}, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;
  const namePrefix = Prisma.sql`(username LIKE ${prefix} OR search_fold(display_name) LIKE ${prefix})`;
  return Prisma.sql`
    SELECT id, username, display_name AS "displayName", avatar_key AS "avatarKey", role, bio
    FROM users
    WHERE (${namePrefix} OR ${name} <% username OR ${name} <% search_fold(display_name) OR ${name} <% search_fold(bio))
      AND ${accountRowShown("users")} AND ${notBlockedWithSql(viewerId, "users.id")}
    ORDER BY username = ${name} DESC,
             ${namePrefix} DESC,
             greatest(word_similarity(${name}, username), word_similarity(${name}, search_fold(display_name))) DESC,
             word_similarity(${name}, search_fold(bio)) DESC,
             username
    LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * People by username, display name or bio: names starting with the query
 * first (an exact username before the rest), then names that merely look like
 * it, closest first, then people whose bio has the word. Words the query
 * leaves out of posts (`-word`) are not looked for (`wordsLookedFor`). Suspended accounts
 * are not found, nor accounts `viewerId` blocks or is blocked by. `pageSize`
 * is smaller where people are a preview.
 */
export async function searchPeople(query: string, page: number, pageSize = PAGE_SIZE, viewerId: string | null = null): Promise<SearchPage<PersonResult>> {
  const words = wordsLookedFor(query);
  // Trigrams are made of letters and digits only. Without any, pg_trgm cannot
  // narrow a LIKE down and would read the whole index, and nothing could match.
  if (!/[\p{L}\p{N}]/u.test(words)) return emptyPage(page);

  // The threshold is a setting of the connection, so it is set for this transaction only
  // (a read-only one: a replica runs it too).
  const reader = await lagTolerantDb();
  const [, rows] = await reader.$transaction([
    reader.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY_THRESHOLD}, true)`,
    reader.$queryRaw(peopleStatement(words, { limit: pageSize + 1, offset: offsetOf(page, pageSize), viewerId })),
  ]);
  return toSearchPage(parseRows(personResultRow, rows), page, pageSize);
}

/**
 * ts_headline settings: the whole text with the matched words marked. Its own
 * fragments dropped words and punctuation without saying so; the excerpt is
 * cut in `toExcerpt` instead. Passed as a bound parameter like the rest.
 */
const HEADLINE_OPTIONS = [`StartSel=${HIGHLIGHT_START}`, `StopSel=${HIGHLIGHT_END}`, "HighlightAll=true"].join(", ");

/** A matching post with its author's fields flattened, as the SQL returns it. */
const postRow = z.object({
  id: z.string(),
  createdAt: z.date(),
  editedAt: z.date().nullable(),
  highlighted: z.string(),
  /** The parts of the post's links, the matched ones marked (post_link_words); "" for a tag's posts. */
  linkWords: z.string(),
  contentWarning: z.string(),
  authorId: z.string(),
  ...publicUserRow.omit({ id: true }).shape,
});

type PostRow = z.infer<typeof postRow>;

/**
 * How many of the newest matches a post search ranks. A common word matches a
 * sixth of a million posts; ranking them all took 350 ms to 2.7 s. Ranking the
 * newest 1,000 keeps a search fast whatever the word, and covers the ten
 * pages a search shows.
 */
export const RANKED_MATCHES = 1_000;

/**
 * SQL: the tsquery of a post search: its words (postSearchWords), and the emoji of the words it
 * looks for (not those it leaves out), all required (migration 20261208100000_search_emoji).
 */
function postsMatching(query: string): Prisma.Sql {
  return Prisma.sql`post_search_query(${postSearchWords(query)}, ${wordsLookedFor(query)})`;
}

/**
 * Posts matching the words of `query`, most relevant first among the newest
 * RANKED_MATCHES. `websearch_to_tsquery` accepts any input (quotes make a
 * phrase, `-word` excludes, `or` is either) and stems English words, so
 * "gardens" finds "garden"; the english_unaccent configuration removes accents
 * first, on both sides, so "cafe" finds "café"; and the parts of links and dotted names are
 * words too (`post_search_document`), so "github" finds a link to github.com/…. PostgreSQL finds the newest
 * matches either through the GIN index on `search_vector` (rare words) or by
 * walking posts_created_idx (common ones); `ts_rank_cd` ranks them by how often
 * and how close together the words occur. Matches are marked in an outer
 * query, for the rows of this page only (in the text, and in the parts of its
 * links: `markLinkWords`), and cut to excerpts in `toExcerpt`. Posts of suspended accounts are left out before the page is cut
 * (a key probe per candidate; inside the LIMIT, the planner's guess at that
 * filter made it fetch and sort every match).
 */
export async function searchPosts(query: string, page: number, viewerId: string | null = null, until: Date | null = null): Promise<SearchPage<PostResult>> {
  const tag = searchedTag(query);
  if (tag) return searchTaggedPosts(tag, page, viewerId, until);
  const rows = await (await lagTolerantDb()).$queryRaw(postsStatement(query, { limit: PAGE_SIZE + 1, offset: offsetOf(page), viewerId, until }));
  return toSearchPage(parseRows(postRow, rows).map(toPostResult), page);
}

/**
 * The statement behind a "#tag" search: the posts with that tag (normalised),
 * newest first, from post_tags_tag_created_idx; no ranking, every match is
 * the tag itself. Posts of suspended accounts are left out.
 */
export function taggedPostsStatement(tag: string, { limit, offset, viewerId = null, until }: PostsPageOf): Prisma.Sql {
  return Prisma.sql`
    SELECT posts.id, posts.created_at AS "createdAt", posts.edited_at AS "editedAt", posts.text AS highlighted, '' AS "linkWords",
           posts.content_warning AS "contentWarning",
           users.id AS "authorId", users.username, users.display_name AS "displayName", users.avatar_key AS "avatarKey", users.role
    FROM post_tags AS tagged
    JOIN posts ON posts.id = tagged.post_id
    JOIN users ON users.id = tagged.author_id
    WHERE tagged.tag = ${tag} ${writtenBy(Prisma.sql`tagged.created_at`, until)} AND ${accountRowShown("users")}
      AND ${inListsOfSql(viewerId, "users.id")} AND ${noMutedWordSql(viewerId, "posts")}
    ORDER BY tagged.created_at DESC, tagged.post_id DESC
    LIMIT ${limit} OFFSET ${offset}`;
}

/** Posts tagged `tag`, newest first, each with its uses of the tag marked as a search marks its words. */
async function searchTaggedPosts(tag: string, page: number, viewerId: string | null, until: Date | null): Promise<SearchPage<PostResult>> {
  const rows = parseRows(postRow, await (await lagTolerantDb()).$queryRaw(taggedPostsStatement(tag, { limit: PAGE_SIZE + 1, offset: offsetOf(page), viewerId, until })));
  const marked = rows.map((row) => ({ ...row, highlighted: markTag(row.highlighted, tag) }));
  return toSearchPage(marked.map(toPostResult), page);
}

/** `text` with each use of `tag` between the highlight markers (any markers the text had are dropped, as ts_headline's input). */
function markTag(text: string, tag: string): string {
  const markers = new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_END}]`, "g");
  return linkParts(text.replace(markers, ""))
    .map((part) => (part.kind === "tag" && part.tag === tag ? `${HIGHLIGHT_START}${part.text}${HIGHLIGHT_END}` : part.text))
    .join("");
}

/** The statement behind `searchPosts`, for it and for the test of its plan. */
export function postsStatement(query: string, { limit, offset, viewerId = null, until }: PostsPageOf): Prisma.Sql {
  return Prisma.sql`
    SELECT matches.id, matches.created_at AS "createdAt", matches.edited_at AS "editedAt",
           ts_headline('english_unaccent', unmarked.text, matches.query, ${HEADLINE_OPTIONS}) AS highlighted,
           ts_headline('english_unaccent', post_link_words(unmarked.text), matches.query, ${HEADLINE_OPTIONS}) AS "linkWords",
           matches.content_warning AS "contentWarning",
           users.id AS "authorId", users.username, users.display_name AS "displayName", users.avatar_key AS "avatarKey", users.role
    FROM (
      SELECT newest.id, newest.text, newest.content_warning, newest.created_at, newest.edited_at, newest.author_id, newest.query,
             ts_rank_cd(newest.search_vector, newest.query) AS rank
      FROM (
        SELECT posts.id, posts.text, posts.words, posts.content_warning, posts.created_at, posts.edited_at, posts.author_id, posts.search_vector, query
        FROM posts, ${postsMatching(query)} AS query
        WHERE posts.search_vector @@ query ${writtenBy(Prisma.sql`posts.created_at`, until)}
        ORDER BY posts.created_at DESC, posts.id DESC
        LIMIT ${RANKED_MATCHES}
      ) AS newest
      WHERE ${accountShown("newest.author_id")} AND ${inListsOfSql(viewerId, "newest.author_id")} AND ${noMutedWordSql(viewerId, "newest")}
      ORDER BY rank DESC, newest.created_at DESC, newest.id DESC
      LIMIT ${limit} OFFSET ${offset}
    ) AS matches
    CROSS JOIN LATERAL (SELECT translate(matches.text, ${HIGHLIGHT_START + HIGHLIGHT_END}, '') AS text) AS unmarked
    JOIN users ON users.id = matches.author_id
    ORDER BY matches.rank DESC, matches.created_at DESC, matches.id DESC`;
}

/**
 * Whether the viewer's muted words hide posts matching `query` that they would otherwise find:
 * asked of an empty first page, so that it says why. At most one walk that the first such post ends.
 */
export function mutedWordsHidePosts(query: string, viewerId: string | null): Promise<boolean> {
  const tag = searchedTag(query);
  if (tag) return mutedWordsHideTag(tag, viewerId);
  return mutedWordsHideAny(viewerId, (viewer) => Prisma.sql`
    SELECT 1 FROM posts, ${postsMatching(query)} AS query
    WHERE posts.search_vector @@ query AND ${accountShown("posts.author_id")} AND ${inListsOfSql(viewer, "posts.author_id")}
      AND ${holdsMutedWordSql(viewer, "posts")}
    LIMIT 1`);
}

/** Whether the viewer blocked or muted the author of a post matching `query`: asked, as muted words are, of an empty first page. */
function listsHidePosts(query: string, viewerId: string | null): Promise<boolean> {
  const tag = searchedTag(query);
  if (tag) return listsHideTag(tag, viewerId);
  const matching = Prisma.sql`FROM posts, ${postsMatching(query)} AS query
    WHERE posts.search_vector @@ query AND ${accountShown("posts.author_id")}`;
  return ownListsHideAny(viewerId, matching, "posts.author_id");
}

/** What the reader's own hiding rules hid, when they emptied the first page of posts matching a query. */
export type PostsHiddenBy = "muted words" | "blocks and mutes";

/** Why no post matching `query` is shown to the viewer, when their own hiding rules are why; else null. */
export async function postsHiddenBy(query: string, viewerId: string | null): Promise<PostsHiddenBy | null> {
  if (await mutedWordsHidePosts(query, viewerId)) return "muted words";
  return (await listsHidePosts(query, viewerId)) ? "blocks and mutes" : null;
}

function toPostResult({ id, createdAt, editedAt, highlighted, linkWords, contentWarning, authorId, username, displayName, avatarKey, role }: PostRow): PostResult {
  const author = { id: authorId, username, displayName, avatarKey, role };
  const matchedLinkWords = parseSnippet(linkWords).flatMap((part) => (part.highlighted ? [part.text] : []));
  return { id, createdAt, editedAt, excerpt: toExcerpt(markLinkWords(parseSnippet(highlighted), matchedLinkWords)), contentWarning, author };
}
