import Link from "next/link";
import { type Search, searchHref } from "@/lib/search/schema";

/** Links to the neighbouring pages of results; search pages are few, see lib/search/queries.ts. */
export function ResultPages({ search, hasMore }: { search: Search; hasMore: boolean }) {
  if (search.page === 1 && !hasMore) return null;
  return (
    <nav aria-label="Result pages" className="mt-6 flex justify-center gap-3">
      {search.page > 1 && (
        <Link href={searchHref({ ...search, page: search.page - 1 })} className="page-link">
          Previous results
        </Link>
      )}
      {hasMore && (
        <Link href={searchHref({ ...search, page: search.page + 1 })} className="page-link">
          More results
        </Link>
      )}
    </nav>
  );
}
