import { z } from "zod";
import { searchedTag } from "@/lib/tags/schema";
import { MAX_SEARCH_QUERY_LENGTH } from "@/lib/validation/limits";
import { characterLimit, countCharacters, cutToCodeUnits } from "@/lib/validation/text";

const QUERY_LIMIT = characterLimit(MAX_SEARCH_QUERY_LENGTH);

/** The last moment a JavaScript Date can hold. */
const MAX_TIME_MS = 8.64e15;

/**
 * Results are pages of `PAGE_SIZE` reached by offset, and only the first ten:
 * see `lib/search/queries.ts` for why search is bounded rather than keyset-paged.
 */
export const MAX_PAGES = 10;

/** "top" shows the first few people, then posts; the other two are one kind, page by page. */
export const SEARCH_TYPES = ["top", "people", "posts"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
/** A kind of result with pages of its own. */
export type ResultType = Exclude<SearchType, "top">;

/**
 * A search as the page runs it; `error` says why `query` cannot be searched for. `type` is the
 * tab shown, and `chosenType` the one the address asked for, which a new search from the box keeps:
 * a tab picked for a handle or a hashtag (`type`) is not the reader's choice.
 */
export type Search = {
  query: string;
  type: SearchType;
  chosenType: SearchType;
  page: number;
  error: string | null;
  /**
   * When the first page of posts was made (ms since 1970): the pages after it leave out newer posts,
   * which would push results already seen onto the next page. Null on a first page.
   */
  until: number | null;
};

/** Next passes a repeated URL parameter (`?q=a&q=b`) as an array: the first one wins. */
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * NUL cannot be sent to PostgreSQL in a text parameter, and no other control
 * character means anything in a search: they become spaces, so a pasted tab
 * still separates two words.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/g;

// Parsing the URL never fails: anything unusable falls back to the first page
// of top results, so a hand-edited address still shows a sane page.
const searchParamsSchema = z.object({
  q: z
    .preprocess(firstValue, z.string().catch(""))
    .transform((value) => value.replace(CONTROL_CHARACTERS, " ").trim()),
  type: z.preprocess(firstValue, z.enum(SEARCH_TYPES)).catch("top"),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(MAX_PAGES)).catch(1),
  // Anything but a time a Date can hold is no snapshot: the results are as of now.
  until: z.preprocess(firstValue, z.coerce.number().int().positive().max(MAX_TIME_MS).nullable()).catch(null),
});

const queryLengthSchema = z
  .string()
  .refine((value) => countCharacters(value, QUERY_LIMIT) <= MAX_SEARCH_QUERY_LENGTH, `Search for at most ${MAX_SEARCH_QUERY_LENGTH} characters.`);

/**
 * The one kind of result a query without a top view is for: "@name" is a handle, and whoever types
 * one is looking for a person; "#tag" is a topic, found in posts. Null for any other query.
 */
export function onlyKindFor(query: string): ResultType | null {
  return query.startsWith("@") ? "people" : searchedTag(query) ? "posts" : null;
}

/**
 * Reads `?q=&type=&page=` as Next passes them to a page; a handle ("@ada")
 * searched without a kind is a search for people, a hashtag ("#garden") one for posts. A refused query comes
 * back into the search box and the title cut to the most code units a valid
 * one can have.
 */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): Search {
  const { q, type, page, until } = searchParamsSchema.parse(params);
  const length = queryLengthSchema.safeParse(q);
  const error = length.success ? null : (length.error.issues[0]?.message ?? "Invalid search.");
  const resolvedType = type === "top" ? (onlyKindFor(q) ?? type) : type;
  return { query: cutToCodeUnits(q, QUERY_LIMIT.codeUnits), type: resolvedType, chosenType: type, page, error, until };
}

/** The address of a search, in the shape `parseSearchParams` reads; page 1 is left out, and so is `until` when null. */
export function searchHref({ query, type, page = 1, until = null }: { query: string; type: SearchType; page?: number; until?: number | null }): string {
  const params = new URLSearchParams({ q: query, type });
  if (page > 1) params.set("page", String(page));
  if (until !== null) params.set("until", String(until));
  return `/search?${params}`;
}

/**
 * A quoted phrase (kept whole: a "-" in it is a word's), or a minus sign that starts a word and
 * what it applies to: the next phrase or word, after any spaces and further minus signs, as
 * `websearch_to_tsquery` reads them ("- festival" and "(-festival)" leave it out too; "well-known" does not).
 */
const PHRASE_OR_EXCLUSION = /"[^"]*"?|(?<![\p{L}\p{N}_])(-[\s-]*)("[^"]*"?|[^\s"]+)?/gu;

/**
 * The words a search looks for, without those it leaves out (`-word`), as posts read them. People
 * are found by these, since a name or bio cannot leave a word out ("ada -festival" finds people
 * by "ada"), and a post must hold each emoji among them. Two minus signs cancel out, as in posts.
 * "" when the search only leaves words out.
 */
export function wordsLookedFor(query: string): string {
  return query
    .replace(PHRASE_OR_EXCLUSION, (part, minus: string | undefined, operand: string | undefined) => {
      if (minus === undefined) return part;
      const excluded = (minus.match(/-/g) ?? []).length % 2 === 1;
      return excluded || operand === undefined ? " " : ` ${operand} `;
    })
    .replace(/\s+/gu, " ")
    .trim();
}

/** A run that is one word joined by hyphens ("dark-mode", "-e-mail,"): any minus signs before it, and punctuation after. */
const HYPHENATED_RUN = /^(-*)([\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)+)(\p{P}*)$/u;

/**
 * The search as posts are searched: a hyphenated word is the phrase of its parts, so "dark-mode"
 * finds "dark mode" as well as "dark-mode". PostgreSQL reads "dark-mode" as the whole word and then
 * its parts, and only a text that has the hyphen holds the whole word. A minus sign that starts a
 * word still leaves it out ("-dark-mode"); inside a quoted phrase the parts join the phrase. Links
 * and other runs are left as they are.
 */
export function postSearchWords(query: string): string {
  // A phrase's inside (between its quotes, the second of which may be missing), or a stretch outside any.
  return query.replace(/(")([^"]*)("?)|[^"]+/gu, (part, open: string | undefined, inside: string | undefined, close: string | undefined) => {
    const quoted = open !== undefined;
    const words = (quoted ? (inside ?? "") : part).replace(/\S+/gu, (run) => {
      const hyphenated = HYPHENATED_RUN.exec(run);
      if (!hyphenated) return run;
      const [, minus = "", word = "", after = ""] = hyphenated;
      const parts = word.replaceAll("-", " ");
      return quoted ? `${minus}${parts}${after}` : `${minus}"${parts}"${after}`;
    });
    return quoted ? `"${words}${close ?? ""}` : words;
  });
}
