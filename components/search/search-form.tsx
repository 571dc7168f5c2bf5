import Form from "next/form";
import type { SearchType } from "@/lib/search/schema";

type SearchFormProps = { query: string; type: SearchType; error: string | null };

/**
 * A GET form: the search lives in the address, so it can be shared, reloaded
 * and submitted without JavaScript. With JavaScript, next/form turns the
 * submission into a client-side navigation.
 */
export function SearchForm({ query, type, error }: SearchFormProps) {
  const describedBy = error ? "search-error search-hint" : "search-hint";
  return (
    <Form action="/search" role="search" className="space-y-1">
      <label htmlFor="search-query" className="block text-sm font-medium">
        Search people and posts
      </label>
      <div className="flex gap-2">
        {/* No maxLength: browsers count UTF-16 units, not characters. The server says when a search is too long. */}
        <input
          key={query}
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          // Opened to search, as the composer's page is opened to write; results keep the focus where the reader puts it.
          autoFocus={query === "" && !error}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="block min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm aria-invalid:border-rose-600 dark:border-zinc-700 dark:bg-zinc-900"
        />
        {/* A new search stays on the tab the reader chose, not one picked for a handle or a hashtag. */}
        <input type="hidden" name="type" value={type} />
        <button
          type="submit"
          className="inline-flex items-center justify-center rounded-full bg-sky-700 px-5 py-2 text-sm font-semibold text-white hover:bg-sky-800"
        >
          Search
        </button>
      </div>
      {error && (
        <p id="search-error" className="text-sm text-rose-700 dark:text-rose-400">
          {error}
        </p>
      )}
      <p id="search-hint" className="text-sm text-zinc-600 dark:text-zinc-400">
        {/* Quotes and -word are read in posts only: people are found by names that start with the search or look like it. */}
        {type === "people" ? "Finds names that start with your search or look like it, and words in bios." : "In posts, use “quotes” for a phrase and -word to leave a word out."}
      </p>
    </Form>
  );
}
