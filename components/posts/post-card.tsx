import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import type { PostCard as PostCardData } from "@/lib/posts/queries";
import { DeletePostButton } from "./delete-post-button";
import { PostByline } from "./post-byline";
import { LikeButton } from "./like-button";
import { PostImages } from "./post-images";
import { PostText } from "./post-text";

type PostCardProps = { post: PostCardData; viewerId: string | null; viewerIsAdmin?: boolean; onOwnPage?: boolean };

/**
 * A post in a feed or on its own page. Works on the server and inside the
 * client-side feed. Its author can delete it and an admin can remove it.
 */
export function PostCard({ post, viewerId, viewerIsAdmin = false, onOwnPage = false }: PostCardProps) {
  const { author } = post;
  const muted = "text-zinc-600 dark:text-zinc-400";
  return (
    <article className="flex gap-3 border-b border-zinc-200 py-4 dark:border-zinc-800" aria-label={`Post by ${author.displayName}`}>
      <Link href={`/@${author.username}`} className="shrink-0 self-start rounded-full" aria-label={`@${author.username}`}>
        <Avatar user={author} />
      </Link>
      <div className="min-w-0 flex-1">
        <PostByline author={author} createdAt={post.createdAt} postHref={`/p/${post.id}`} />
        <div className="mt-1">
          <PostText text={post.text} />
        </div>
        <PostImages images={post.images} />
        <footer className={`mt-2 flex items-center gap-4 text-sm ${muted}`}>
          {viewerId ? (
            <LikeButton postId={post.id} liked={post.likedByViewer} likeCount={post.likeCount} />
          ) : (
            <span className="px-2 py-1">
              {post.likeCount} {post.likeCount === 1 ? "like" : "likes"}
            </span>
          )}
          <Link href={`/p/${post.id}#comments`} className="rounded-full px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-900">
            {post.commentCount} {post.commentCount === 1 ? "comment" : "comments"}
          </Link>
          {(viewerId === author.id || viewerIsAdmin) && (
            <span className="ml-auto">
              <DeletePostButton postId={post.id} redirectHome={onOwnPage} asModerator={viewerId !== author.id} />
            </span>
          )}
        </footer>
      </div>
    </article>
  );
}
