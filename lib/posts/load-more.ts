"use server";

import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listBookmarks } from "@/lib/bookmarks/queries";
import { noteActionEntered } from "@/lib/server/action-entry";
import { listTaggedPosts } from "@/lib/tags/queries";
import { tagParam } from "@/lib/tags/schema";
import { recordId } from "@/lib/validation/ids";
import { type PostPage, listHomeFeed, listLatestPosts, listUserPosts } from "./queries";

const feedSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("home") }),
  z.object({ kind: z.literal("explore") }),
  z.object({ kind: z.literal("profile"), authorId: recordId() }),
  // Always the viewer's own: the source names no one, so no one else's can be asked for.
  z.object({ kind: z.literal("bookmarks") }),
  z.object({ kind: z.literal("tag"), tag: tagParam }),
]);

export type FeedSource = z.infer<typeof feedSchema>;

const EMPTY: PostPage = { items: [], nextCursor: null };

/** The next page of a feed, for infinite scrolling (the "Older posts" link does the same without JavaScript). */
export async function loadOlderPosts(source: FeedSource, cursor: string): Promise<PostPage> {
  noteActionEntered();
  const parsed = feedSchema.safeParse(source);
  if (!parsed.success || typeof cursor !== "string") return EMPTY;
  const viewer = await getCurrentUser();
  const viewerId = viewer?.id ?? null;
  switch (parsed.data.kind) {
    case "home":
      return viewerId ? listHomeFeed(viewerId, cursor) : EMPTY;
    case "explore":
      return listLatestPosts(viewerId, cursor);
    case "profile":
      return listUserPosts(parsed.data.authorId, viewerId, cursor);
    case "bookmarks":
      return viewerId ? listBookmarks(viewerId, cursor) : EMPTY;
    case "tag":
      return listTaggedPosts(parsed.data.tag, viewerId, cursor);
  }
}
