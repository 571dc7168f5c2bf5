import type { Metadata } from "next";
import { EXPLORE_END, Feed } from "@/components/posts/feed";
import { TrendingTags } from "@/components/tags/trending-tags";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/moderation/permissions";
import { listLatestPosts } from "@/lib/posts/queries";
import { cursorParam } from "@/lib/pagination/cursor";
import { trendingTags } from "@/lib/tags/queries";

export const metadata: Metadata = { title: "Explore" };

export default async function ExplorePage({ searchParams }: PageProps<"/explore">) {
  const cursor = cursorParam(await searchParams);
  const viewer = await getCurrentUser();
  // Trending heads the first page only; older pages reached without JavaScript are the feed alone.
  const [page, trending] = await Promise.all([listLatestPosts(viewer?.id ?? null, cursor), cursor ? null : trendingTags(viewer?.id ?? null)]);
  return (
    <>
      <h1 className="feed-title">Explore</h1>
      <p className="feed-lead">Everything posted on Commons, newest first.</p>
      {trending && <TrendingTags tags={trending} />}
      <Feed
        source={{ kind: "explore" }}
        firstPage={page}
        viewerId={viewer?.id ?? null}
        viewerIsAdmin={isAdmin(viewer)}
        basePath="/explore"
        empty="Nothing has been posted yet."
        end={EXPLORE_END}
      />
    </>
  );
}
