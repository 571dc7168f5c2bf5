import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { accountRowShown, accountShown } from "@/lib/moderation/visibility";
import { type PublicUser, publicUserRow } from "@/lib/profiles/public-user";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { HIGHLIGHT_END, HIGHLIGHT_START, type SnippetPart, parseSnippet } from "./highlight";
import { MAX_PAGES } from "./schema";

// Search pages are cut by offset, and only the first MAX_PAGES of them are
// served. Results are ordered by relevance, which PostgreSQL computes per
// matching row: no index yields them in that order, so a keyset on
// (score, id) would save no work, only add a cursor of floating-point scores
// to the URL. Capping the depth bounds the cost instead: at most
// PAGE_SIZE * MAX_PAGES + 1 rows are ever sorted out. If rows arrive between
// two pages a result may repeat or be skipped, as in any search engine;
// within one state of the data, the id tie-break keeps pages disjoint.

export type SearchPage<T> = { items: T[]; page: number; hasMore: boolean };

function offsetOf(page: number): number {
  return (Math.min(Math.max(Math.trunc(page), 1), MAX_PAGES) - 1) * PAGE_SIZE;
}

/** Splits a `PAGE_SIZE + 1` result; there is no page after the last one served. */
function toSearchPage<T>(rows: T[], page: number): SearchPage<T> {
  return { items: rows.slice(0, PAGE_SIZE), page, hasMore: rows.length > PAGE_SIZE && page < MAX_PAGES };
}

const emptyPage = <T>(page: number): SearchPage<T> => ({ items: [], page, hasMore: false });

/** What a result shows of a person, be it the match itself or a post's author. */
export type PersonSummary = PublicUser;
export type PersonResult = PersonSummary & { bio: string };
export type PostResult = { id: string; createdAt: Date; snippet: SnippetPart[]; author: PersonSummary };

const personResultRow = publicUserRow.extend({ bio: z.string() }) satisfies z.ZodType<PersonResult>;

/**
 * How close a misspelling may be: the share of the query's trigrams found in
 * some stretch of the name. pg_trgm's default, 0.6, misses one swapped or
 * dropped letter in a short name ("bruon" for "bruno", "fisher" for
 * "Fischer" score 0.5); below 0.5 unrelated names start to match.
 */
const WORD_SIMILARITY_THRESHOLD = "0.5";

/**
 * People by username or display name: names starting with the query first
 * (an exact username before the rest), then names that merely look like it,
 * closest first. Prefixes are LIKE patterns and look-alikes pg_trgm's `<%`
 * operator; both are answered by the trigram GIN indexes on the two columns.
 * Suspended accounts are not found.
 */
export async function searchPeople(query: string, page: number): Promise<SearchPage<PersonResult>> {
  const name = query.replace(/^@/, "").toLowerCase();
  // Trigrams are made of letters and digits only. Without any, pg_trgm cannot
  // narrow a LIKE down and would read the whole index, and nothing could match.
  if (!/[\p{L}\p{N}]/u.test(name)) return emptyPage(page);
  // Backslash is LIKE's default escape character: %, _ and \ in the query match themselves.
  const prefix = `${name.replace(/[\\%_]/g, "\\$&")}%`;

  // The threshold is a setting of the connection, so it is set for this transaction only.
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY_THRESHOLD}, true)`,
    db.$queryRaw`
      SELECT id, username, display_name AS "displayName", avatar_key AS "avatarKey", role, bio
      FROM users
      WHERE (username LIKE ${prefix} OR display_name ILIKE ${prefix}
             OR ${name} <% username OR ${name} <% display_name)
        AND ${accountRowShown("users")}
      ORDER BY username = ${name} DESC,
               (username LIKE ${prefix} OR display_name ILIKE ${prefix}) DESC,
               greatest(word_similarity(${name}, username), word_similarity(${name}, display_name)) DESC,
               username
      LIMIT ${PAGE_SIZE + 1} OFFSET ${offsetOf(page)}`,
  ]);
  return toSearchPage(parseRows(personResultRow, rows), page);
}

/**
 * ts_headline settings: up to two fragments of about 10–30 words around the
 * matches, joined by an ellipsis. Passed as a bound parameter like the rest.
 */
const HEADLINE_OPTIONS = [
  `StartSel=${HIGHLIGHT_START}`,
  `StopSel=${HIGHLIGHT_END}`,
  "MaxFragments=2",
  "MaxWords=30",
  "MinWords=10",
  'FragmentDelimiter=" … "',
].join(", ");

/** A matching post with its author's fields flattened, as the SQL returns it. */
const postRow = z.object({
  id: z.string(),
  createdAt: z.date(),
  snippet: z.string(),
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
 * Posts matching the words of `query`, most relevant first among the newest
 * RANKED_MATCHES. `websearch_to_tsquery` accepts any input (quotes make a
 * phrase, `-word` excludes, `or` is either) and stems English words, so
 * "gardens" finds "garden". PostgreSQL finds the newest matches either through
 * the GIN index on `search_vector` (rare words) or by walking posts_created_idx
 * (common ones); `ts_rank_cd` ranks them by how often and how close together
 * the words occur. Snippets are built in an outer query, for the rows of this
 * page only. Posts of suspended accounts are left out before the page is cut
 * (a key probe per candidate; inside the LIMIT, the planner's guess at that
 * filter made it fetch and sort every match).
 */
export async function searchPosts(query: string, page: number): Promise<SearchPage<PostResult>> {
  const rows = await db.$queryRaw`
    SELECT matches.id, matches.created_at AS "createdAt",
           ts_headline('english', translate(matches.text, ${HIGHLIGHT_START + HIGHLIGHT_END}, ''),
                       matches.query, ${HEADLINE_OPTIONS}) AS snippet,
           users.id AS "authorId", users.username, users.display_name AS "displayName", users.avatar_key AS "avatarKey", users.role
    FROM (
      SELECT newest.id, newest.text, newest.created_at, newest.author_id, newest.query,
             ts_rank_cd(newest.search_vector, newest.query) AS rank
      FROM (
        SELECT posts.id, posts.text, posts.created_at, posts.author_id, posts.search_vector, query
        FROM posts, websearch_to_tsquery('english', ${query}) AS query
        WHERE posts.search_vector @@ query
        ORDER BY posts.created_at DESC, posts.id DESC
        LIMIT ${RANKED_MATCHES}
      ) AS newest
      WHERE ${accountShown("newest.author_id")}
      ORDER BY rank DESC, newest.created_at DESC, newest.id DESC
      LIMIT ${PAGE_SIZE + 1} OFFSET ${offsetOf(page)}
    ) AS matches
    JOIN users ON users.id = matches.author_id
    ORDER BY matches.rank DESC, matches.created_at DESC, matches.id DESC`;
  return toSearchPage(parseRows(postRow, rows).map(toPostResult), page);
}

function toPostResult({ id, createdAt, snippet, authorId, username, displayName, avatarKey, role }: PostRow): PostResult {
  return { id, createdAt, snippet: parseSnippet(snippet), author: { id: authorId, username, displayName, avatarKey, role } };
}
