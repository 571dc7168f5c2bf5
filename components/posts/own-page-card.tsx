"use client";

import { type PackedPage, unpackPage } from "@/lib/posts/packed-page";
import { PostCard } from "./post-card";

type OwnPageCardProps = {
  packed: PackedPage;
  viewerId: string | null;
  viewerIsAdmin: boolean;
  /** False above a comment's thread (app/p/[id]/c/[commentId]/page.tsx), a page of the post but not its own. */
  onOwnPage?: boolean;
};

/**
 * A post on its own page (app/p/[id]/page.tsx), rendered here from its packed
 * data (lib/posts/packed-page.ts) as the feed renders its cards: the page's
 * RSC payload, and its copy in the HTML, then carry that data rather than the
 * card's element tree (issue 11's page bytes).
 */
export function OwnPageCard({ packed, viewerId, viewerIsAdmin, onOwnPage = true }: OwnPageCardProps) {
  const [post] = unpackPage(packed).items;
  return post ? <PostCard post={post} viewerId={viewerId} viewerIsAdmin={viewerIsAdmin} onOwnPage={onOwnPage} /> : null;
}
