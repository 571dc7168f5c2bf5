import { IntentLink } from "@/components/ui/intent-link";
import type { PersonResult, PostResult, PostsHiddenBy, SearchPage } from "@/lib/search/queries";
import { wordsLookedFor, searchHref } from "@/lib/search/schema";
import { PeopleResults } from "./people-results";
import { PostResults } from "./post-results";
import { PostsHidden } from "./posts-hidden";
import { SearchNotice } from "./search-notice";

type TopResultsProps = {
  query: string;
  people: SearchPage<PersonResult>;
  posts: SearchPage<PostResult>;
  /** No posts because the reader's muted words, blocks or mutes hid them all. */
  postsHiddenBy: PostsHiddenBy | null;
  /** When the posts were found as of, which "More posts" keeps (Search["until"]). */
  until: number;
};

const headingStyle = "mt-4 text-sm font-medium text-zinc-600 dark:text-zinc-400";

/**
 * The first answer to a search: the people it names first (someone searching
 * a name is most likely looking for that person), then the first page of
 * posts. Each part links on to its own tab for the rest.
 */
export function TopResults({ query, people, posts, postsHiddenBy, until }: TopResultsProps) {
  const quoted = (
    <>
      “<bdi>{query}</bdi>”
    </>
  );
  // People are not found by the words a search leaves out (`-word`): their heading names those they were found by.
  const quotedPeopleWords = (
    <>
      “<bdi>{wordsLookedFor(query)}</bdi>”
    </>
  );
  if (people.items.length === 0 && postsHiddenBy) {
    return (
      <SearchNotice>
        <PostsHidden query={query} by={postsHiddenBy} />
      </SearchNotice>
    );
  }
  if (people.items.length === 0 && posts.items.length === 0) {
    return (
      <SearchNotice>
        <p className="font-medium text-zinc-900 dark:text-zinc-100">No people or posts match {quoted}.</p>
        <p>Check the spelling or try other words.</p>
      </SearchNotice>
    );
  }
  return (
    <>
      {people.items.length > 0 && (
        <section aria-labelledby="people-heading">
          <h2 id="people-heading" className={headingStyle}>
            People matching {quotedPeopleWords}
          </h2>
          <PeopleResults people={people.items} />
          {people.hasMore && (
            <p className="mt-3">
              <IntentLink href={searchHref({ query, type: "people" })} className="text-sm font-medium text-sky-700 underline dark:text-sky-400">
                All people matching {quotedPeopleWords}
              </IntentLink>
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="posts-heading" className="mt-4">
        <h2 id="posts-heading" className={headingStyle}>
          Posts matching {quoted}
        </h2>
        {posts.items.length > 0 ? (
          <PostResults posts={posts.items} />
        ) : postsHiddenBy ? (
          <div className="mt-3 text-zinc-600 dark:text-zinc-400">
            <PostsHidden query={query} by={postsHiddenBy} />
          </div>
        ) : (
          <p className="mt-3 text-zinc-600 dark:text-zinc-400">No posts match {quoted}.</p>
        )}
        {posts.hasMore && (
          <nav aria-label="Result pages" className="mt-6 flex justify-center">
            <IntentLink href={searchHref({ query, type: "posts", page: 2, until })} className="page-link">
              More posts
            </IntentLink>
          </nav>
        )}
      </section>
    </>
  );
}
