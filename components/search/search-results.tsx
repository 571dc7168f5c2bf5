import { IntentLink } from "@/components/ui/intent-link";
import type { PostsHiddenBy } from "@/lib/search/queries";
import { type ResultType, type Search, wordsLookedFor, searchHref } from "@/lib/search/schema";
import { PostsHidden } from "./posts-hidden";
import { ResultPages } from "./result-pages";
import { SearchNotice } from "./search-notice";
import { RESULT_TYPE_LABELS } from "./search-tabs";

type SearchResultsProps = {
  search: Search;
  type: ResultType;
  count: number;
  hasMore: boolean;
  /** No results because the reader's own muted words, blocks or mutes hid them all (lib/search/queries.ts, `postsHiddenBy`). */
  hiddenBy?: PostsHiddenBy | null;
  children: React.ReactNode;
};

const OTHER_TYPE: Record<ResultType, ResultType> = { people: "posts", posts: "people" };

/**
 * The results of the people or the posts tab under a heading that says what they are, or help when there
 * are none. The query sits in <bdi> so right-to-left text cannot reorder the sentence.
 */
export function SearchResults({ search, type, count, hasMore, hiddenBy = null, children }: SearchResultsProps) {
  const otherType = OTHER_TYPE[type];
  const linkStyle = "font-medium text-sky-700 underline dark:text-sky-400";
  // People are not found by the words a search leaves out (`-word`): the heading names those they were found by.
  const matched = type === "people" ? wordsLookedFor(search.query) : search.query;
  const otherTypeLink = (
    <IntentLink href={searchHref({ query: search.query, type: otherType })} className={linkStyle}>
      search {otherType}
    </IntentLink>
  );

  if (count === 0 && hiddenBy) {
    return (
      <SearchNotice>
        <PostsHidden query={search.query} by={hiddenBy} />
      </SearchNotice>
    );
  }
  if (count === 0) {
    return (
      <SearchNotice>
        {search.page > 1 ? (
          <p>
            No more results.{" "}
            <IntentLink href={searchHref({ ...search, page: 1 })} className={linkStyle}>
              Back to the first page
            </IntentLink>
          </p>
        ) : matched === "" ? (
          <>
            <p className="font-medium text-zinc-900 dark:text-zinc-100">
              “<bdi>{search.query}</bdi>” only leaves words out of posts: people are found by the words you look for.
            </p>
            <p>Type a name or a word from a bio, or {otherTypeLink} instead.</p>
          </>
        ) : (
          <>
            <p className="font-medium text-zinc-900 dark:text-zinc-100">
              No {type} match “<bdi>{matched}</bdi>”.
            </p>
            <p>Check the spelling or try other words, or {otherTypeLink} instead.</p>
          </>
        )}
      </SearchNotice>
    );
  }
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="mt-4 text-sm font-medium text-zinc-600 dark:text-zinc-400">
        {RESULT_TYPE_LABELS[type]} matching “<bdi>{matched}</bdi>”
        {search.page > 1 && `, page ${search.page}`}
      </h2>
      {children}
      <ResultPages search={search} hasMore={hasMore} />
    </section>
  );
}
