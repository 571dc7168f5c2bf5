import type { Metadata } from "next";
import Link from "next/link";
import { FarewellNotice } from "@/components/accounts/farewell-notice";
import { EXPLORE_END, Feed } from "@/components/posts/feed";
import { ComposeForm } from "@/components/posts/compose-form";
import { FollowSuggestions } from "@/components/follows/follow-suggestions";
import { HomeEmptyState } from "@/components/posts/home-empty-state";
import { PostOutcomeNotice } from "@/components/posts/post-outcome-notice";
import { HiddenByMutedWords } from "@/components/safety/hidden-by-muted-words";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/moderation/permissions";
import { mutedWordsHideHome } from "@/lib/posts/home-feed";
import { followsFewAccounts } from "@/lib/follows/queries";
import { listHomeFeed, listLatestPosts } from "@/lib/posts/queries";
import { cursorParam } from "@/lib/pagination/cursor";
import { POST_OUTCOMES, POST_OUTCOME_PARAM } from "@/lib/routes";

/** "Home · Commons" for a member, as every other page names itself; the site's name alone for a visitor's front page. */
export async function generateMetadata(): Promise<Metadata> {
  return (await getCurrentUser()) ? { title: "Home" } : {};
}

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const query = await searchParams;
  const cursorToken = cursorParam(query);
  const viewer = await getCurrentUser();

  if (!viewer) {
    const page = await listLatestPosts(null, cursorToken);
    return (
      <>
        {/* Where deleting an account ends (lib/accounts/actions.ts); signed out by then. */}
        {query.farewell === "1" && <FarewellNotice />}
        <section className="mb-4 rounded-2xl bg-sky-50 p-5 dark:bg-sky-950">
          <h2 className="text-lg font-semibold">Welcome to Commons</h2>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">
            A small, friendly place to share what you’re up to.{" "}
            <Link href="/signup" className="font-medium text-sky-800 underline dark:text-sky-300">
              Join
            </Link>{" "}
            to post, follow people and join the conversation.
          </p>
        </section>
        <h1 className="feed-title">Latest posts</h1>
        <Feed source={{ kind: "explore" }} firstPage={page} viewerId={null} basePath="/" empty="Nothing has been posted yet." end={EXPLORE_END} />
      </>
    );
  }

  const page = await listHomeFeed(viewer.id, cursorToken);
  // Where posting from the composer's page, and deleting a post from its own page, end (lib/posts/actions.ts).
  const postOutcome = POST_OUTCOMES.find((outcome) => outcome === query[POST_OUTCOME_PARAM]);
  // Asked only of an empty first page: a full one, or one past the end, costs nothing more.
  const hiddenByMutedWords = !cursorToken && page.items.length === 0 && (await mutedWordsHideHome(viewer.id));
  // A member who follows few people is offered more above their feed, full or not, until they
  // follow enough; then below a feed that ends within its first page. An empty feed offers its own.
  const shownAccounts = page.items.map((post) => post.reposted?.names[0]?.id ?? post.author.id);
  const suggestAbove = !cursorToken && page.items.length > 0 && (await followsFewAccounts(viewer.id, shownAccounts));
  const suggestBelow = !cursorToken && !suggestAbove && page.items.length > 0 && page.nextCursor === null;
  return (
    <>
      <h1 className="sr-only">Home</h1>
      {postOutcome && <PostOutcomeNotice outcome={postOutcome} />}
      {!cursorToken && <ComposeForm />}
      {/* Three, so that the feed starts within a phone's first screen. */}
      {suggestAbove && (
        <div className="mt-6">
          <FollowSuggestions userId={viewer.id} limit={3} />
        </div>
      )}
      <Feed
        source={{ kind: "home" }}
        firstPage={page}
        viewerId={viewer.id}
        viewerIsAdmin={isAdmin(viewer)}
        basePath="/"
        end="You’re all caught up."
        liveNewPosts={!cursorToken}
        // Only when the page is empty: a server component passed to a client one renders (and
        // queries for its suggestions) whether or not the client ever shows it.
        empty={
          hiddenByMutedWords ? (
            <HiddenByMutedWords>Posts from you and the people you follow are hidden by your muted words.</HiddenByMutedWords>
          ) : page.items.length === 0 ? (
            <HomeEmptyState userId={viewer.id} />
          ) : null
        }
      />
      {/* A full page (every reader the bench loads) asks for none. */}
      {suggestBelow && (
        <div className="mt-6">
          <FollowSuggestions userId={viewer.id} />
        </div>
      )}
    </>
  );
}
