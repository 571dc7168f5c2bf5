import Link from "next/link";
import { SEARCH_TYPES, type SearchType, onlyKindFor, searchHref } from "@/lib/search/schema";

export const RESULT_TYPE_LABELS: Record<SearchType, string> = { top: "Top", people: "People", posts: "Posts" };

/**
 * Top, people or posts for the same query: plain links, so each tab has its own
 * address. A handle ("@ada") or a hashtag ("#garden") has no top view, only the
 * kind it is for (and the other), so its tabs leave Top out (`onlyKindFor`).
 */
export function SearchTabs({ query, active }: { query: string; active: SearchType }) {
  const types = onlyKindFor(query) ? SEARCH_TYPES.filter((type) => type !== "top") : SEARCH_TYPES;
  return (
    <nav aria-label="Result type" className="mt-6 border-b border-zinc-200 dark:border-zinc-800">
      <ul className="flex gap-6">
        {types.map((type) => (
          <li key={type}>
            <Link
              href={searchHref({ query, type })}
              aria-current={type === active ? "page" : undefined}
              className="view-tab px-1"
            >
              {RESULT_TYPE_LABELS[type]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
