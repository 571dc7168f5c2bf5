import type { Metadata } from "next";
import { Feed } from "@/components/posts/feed";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/moderation/permissions";
import { listLatestPosts } from "@/lib/posts/queries";
import { cursorParam } from "@/lib/pagination/cursor";

export const metadata: Metadata = { title: "Explore" };

export default async function ExplorePage({ searchParams }: PageProps<"/explore">) {
  const cursor = cursorParam(await searchParams);
  const viewer = await getCurrentUser();
  const page = await listLatestPosts(viewer?.id ?? null, cursor);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold tracking-tight">Explore</h1>
      <p className="mb-2 text-zinc-600 dark:text-zinc-400">Everything posted on Commons, newest first.</p>
      <Feed
        source={{ kind: "explore" }}
        firstPage={page}
        viewerId={viewer?.id ?? null}
        viewerIsAdmin={isAdmin(viewer)}
        basePath="/explore"
        empty="Nothing has been posted yet."
      />
    </>
  );
}
