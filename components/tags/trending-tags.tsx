"use client";

import { IntentLink } from "@/components/ui/intent-link";
import { tagHref } from "@/lib/routes";
import type { TrendingTag } from "@/lib/tags/queries";

const plural = (count: number, one: string, many: string) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/**
 * The tags most used in the last day, as links to their pages, with how many
 * people and posts used them. A client component so that explore's RSC
 * payload (and the HTML's copy of it) carries the tags' data, not their
 * markup (issue 11's page bytes).
 */
export function TrendingTags({ tags }: { tags: TrendingTag[] }) {
  return (
    <section aria-labelledby="trending-tags" className="trending">
      <h2 id="trending-tags">
        Trending today
      </h2>
      {tags.length === 0 ? (
        <p>No hashtags were used in the last day.</p>
      ) : (
        <ol>
          {tags.map(({ tag, people, posts }) => (
            <li key={tag}>
              <IntentLink href={tagHref(tag)}>
                <span>#{tag}</span>
                <span>
                  {plural(posts, "post", "posts")}
                  {people > 1 && ` · ${plural(people, "person", "people")}`}
                </span>
              </IntentLink>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
