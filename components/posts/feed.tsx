import type { FeedSource } from "@/lib/posts/load-more";
import type { PostPage } from "@/lib/posts/queries";
import { InfiniteFeed } from "./infinite-feed";
import { PostCard } from "./post-card";

type FeedProps = {
  source: FeedSource;
  firstPage: PostPage;
  viewerId: string | null;
  viewerIsAdmin?: boolean;
  /** Where the "Older posts" link goes without JavaScript: this page with `?cursor=`. */
  basePath: string;
  empty: React.ReactNode;
};

/**
 * A feed: its first page rendered here, on the server, and older pages
 * appended by a small client island as the reader scrolls.
 */
export function Feed({ source, firstPage, viewerId, viewerIsAdmin = false, basePath, empty }: FeedProps) {
  if (firstPage.items.length === 0) {
    return (
      <div className="mt-6 rounded-xl border border-dashed border-zinc-300 p-8 text-center text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        {empty}
      </div>
    );
  }
  return (
    // A different first page (after posting or deleting, say) starts the scrolled feed over;
    // a like re-renders the same one and keeps what was scrolled.
    <InfiniteFeed key={`${firstPage.items[0]?.id}:${firstPage.nextCursor}`} source={source} cursor={firstPage.nextCursor} basePath={basePath}>
      {firstPage.items.map((post) => (
        <PostCard key={post.id} post={post} viewerId={viewerId} viewerIsAdmin={viewerIsAdmin} />
      ))}
    </InfiniteFeed>
  );
}
