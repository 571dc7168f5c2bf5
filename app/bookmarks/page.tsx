import type { Metadata } from "next";
import { Feed } from "@/components/posts/feed";
import { requireUser } from "@/lib/auth/current-user";
import { listBookmarks } from "@/lib/bookmarks/queries";
import { isAdmin } from "@/lib/moderation/permissions";
import { cursorParam } from "@/lib/pagination/cursor";
import { BOOKMARKS_PATH } from "@/lib/routes";

export const metadata: Metadata = { title: "Bookmarks" };

/** The posts the signed-in person bookmarked, newest bookmarked first; no one else can see them. */
export default async function BookmarksPage({ searchParams }: PageProps<"/bookmarks">) {
  const viewer = await requireUser(BOOKMARKS_PATH);
  const page = await listBookmarks(viewer.id, cursorParam(await searchParams));
  return (
    <>
      <h1 className="feed-title">Bookmarks</h1>
      <p className="feed-lead">Posts you saved for later. Only you can see them.</p>
      <Feed
        source={{ kind: "bookmarks" }}
        firstPage={page}
        viewerId={viewer.id}
        viewerIsAdmin={isAdmin(viewer)}
        basePath={BOOKMARKS_PATH}
        empty="No bookmarks yet. Press the bookmark under a post to keep it here."
        end="That’s all your bookmarks."
      />
    </>
  );
}
