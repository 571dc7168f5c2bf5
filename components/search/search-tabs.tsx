import Link from "next/link";
import { SEARCH_TYPES, type SearchType, searchHref } from "@/lib/search/schema";

export const RESULT_TYPE_LABELS: Record<SearchType, string> = { top: "Top", people: "People", posts: "Posts" };

/**
 * Top, people or posts for the same query: plain links, so each tab has its own
 * address. A handle ("@ada") has no top view, only people (and posts that
 * mention it), so its tabs leave Top out.
 */
export function SearchTabs({ query, active }: { query: string; active: SearchType }) {
  const types = query.startsWith("@") ? SEARCH_TYPES.filter((type) => type !== "top") : SEARCH_TYPES;
  return (
    <nav aria-label="Result type" className="mt-6 border-b border-zinc-200 dark:border-zinc-800">
      <ul className="flex gap-6">
        {types.map((type) => (
          <li key={type}>
            <Link
              href={searchHref({ query, type })}
              aria-current={type === active ? "page" : undefined}
              className="-mb-px inline-block border-b-2 border-transparent px-1 py-2 text-sm font-medium text-zinc-600 hover:text-zinc-900 aria-[current=page]:border-sky-700 aria-[current=page]:text-zinc-900 dark:text-zinc-400 dark:hover:text-white dark:aria-[current=page]:border-sky-400 dark:aria-[current=page]:text-white"
            >
              {RESULT_TYPE_LABELS[type]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
