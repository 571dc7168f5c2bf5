import type { Metadata } from "next";
import { PeopleResults } from "@/components/search/people-results";
import { PostResults } from "@/components/search/post-results";
import { SearchForm } from "@/components/search/search-form";
import { SearchNotice } from "@/components/search/search-notice";
import { SearchResults } from "@/components/search/search-results";
import { SearchTabs } from "@/components/search/search-tabs";
import { TopResults } from "@/components/search/top-results";
import { getCurrentUser } from "@/lib/auth/current-user";
import { postsHiddenBy, searchPeople, searchPosts } from "@/lib/search/queries";
import { type Search, parseSearchParams } from "@/lib/search/schema";

/** How many people the top view shows before the posts. */
const TOP_PEOPLE = 3;

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const { query, error } = parseSearchParams(await searchParams);
  return {
    title: query && !error ? `Search results for “${query}”` : "Search",
    // Endless variations of pages that exist elsewhere: not for search engines.
    robots: { index: false },
  };
}

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const search = parseSearchParams(await searchParams);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Search</h1>
      <SearchForm query={search.query} type={search.chosenType} error={search.error} />
      {!search.query ? (
        <SearchNotice>
          <p>Find people by their name, username or bio, and posts by the words in them or a #hashtag.</p>
        </SearchNotice>
      ) : (
        // A refused search shows its message under the input, and nothing is queried.
        !search.error && (
          <>
            <SearchTabs query={search.query} active={search.type} />
            {search.type === "top" && <TopTab search={search} />}
            {search.type === "people" && <PeopleTab search={search} />}
            {search.type === "posts" && <PostsTab search={search} />}
          </>
        )
      )}
    </>
  );
}

/** Whose hiding rules (blocks, mutes, muted words) the results follow. */
async function viewerId(): Promise<string | null> {
  return (await getCurrentUser())?.id ?? null;
}

/**
 * The moment the posts are found as of: the first page's, carried by the links to the pages after
 * it (Search["until"]), so that posts written meanwhile do not push results seen onto them.
 */
function postsAsOf(search: Search): number {
  return search.until ?? Date.now();
}

async function TopTab({ search }: { search: Search }) {
  const viewer = await viewerId();
  const until = postsAsOf(search);
  const [people, posts] = await Promise.all([searchPeople(search.query, 1, TOP_PEOPLE, viewer), searchPosts(search.query, 1, viewer, new Date(until))]);
  const hiddenBy = posts.items.length === 0 ? await postsHiddenBy(search.query, viewer) : null;
  return <TopResults query={search.query} people={people} posts={posts} postsHiddenBy={hiddenBy} until={until} />;
}

async function PeopleTab({ search }: { search: Search }) {
  const { items, hasMore } = await searchPeople(search.query, search.page, undefined, await viewerId());
  return (
    <SearchResults search={search} type="people" count={items.length} hasMore={hasMore}>
      <PeopleResults people={items} />
    </SearchResults>
  );
}

async function PostsTab({ search }: { search: Search }) {
  const viewer = await viewerId();
  const until = postsAsOf(search);
  const { items, hasMore } = await searchPosts(search.query, search.page, viewer, new Date(until));
  // Asked only of an empty first page: results cost nothing more.
  const hiddenBy = items.length === 0 && search.page === 1 ? await postsHiddenBy(search.query, viewer) : null;
  return (
    <SearchResults search={{ ...search, until }} type="posts" count={items.length} hasMore={hasMore} hiddenBy={hiddenBy}>
      <PostResults posts={items} />
    </SearchResults>
  );
}
