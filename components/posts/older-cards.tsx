"use server";

import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth";
import { isAdmin } from "@/lib/moderation/permissions";
import { type FeedSource, loadOlderPosts } from "@/lib/posts/load-more";
import { noteActionEntered } from "@/lib/server/action-entry";
import { PostCard } from "./post-card";

export type OlderCards = { cards: { id: string; card: ReactNode }[]; nextCursor: string | null };

/**
 * The next page of a feed, rendered on the server, for infinite scrolling: the
 * browser receives the cards as it would in a page (with their like and delete
 * buttons), never the posts' data on top. Anything malformed is an empty page.
 */
export async function loadOlderCards(source: FeedSource, cursor: string): Promise<OlderCards> {
  noteActionEntered();
  const [page, viewer] = await Promise.all([loadOlderPosts(source, cursor), getCurrentUser()]);
  const viewerId = viewer?.id ?? null;
  return {
    cards: page.items.map((post) => ({
      id: post.id,
      card: <PostCard post={post} viewerId={viewerId} viewerIsAdmin={isAdmin(viewer)} />,
    })),
    nextCursor: page.nextCursor,
  };
}
