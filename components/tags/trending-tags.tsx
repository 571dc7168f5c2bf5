import Link from "next/link";
import { tagHref } from "@/lib/routes";
import type { TrendingTag } from "@/lib/tags/queries";

const plural = (count: number, one: string, many: string) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/** The tags most used in the last day, as links to their pages, with how many people and posts used them. */
export function TrendingTags({ tags }: { tags: TrendingTag[] }) {
  return (
    <section aria-labelledby="trending-tags" className="mb-4">
      <h2 id="trending-tags" className="mb-2 text-sm font-semibold text-zinc-600 dark:text-zinc-400">
        Trending today
      </h2>
      {tags.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No hashtags were used in the last day.</p>
      ) : (
        <ol className="flex flex-wrap gap-2">
          {tags.map(({ tag, people, posts }) => (
            <li key={tag} className="max-w-full">
              <Link
                href={tagHref(tag)}
                className="inline-flex max-w-full items-baseline gap-1.5 rounded-full border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
              >
                <span className="truncate font-medium text-sky-700 dark:text-sky-400">#{tag}</span>
                <span className="shrink-0 text-xs text-zinc-600 dark:text-zinc-400">
                  {plural(posts, "post", "posts")}
                  {people > 1 && ` · ${plural(people, "person", "people")}`}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
