import Link from "next/link";
import { BookmarkButton } from "@/components/bookmarks/bookmark-button";
import { RepostButton } from "@/components/reposts/repost-button";
import { RepostCount } from "@/components/reposts/repost-count";
import { RepostedLine } from "@/components/reposts/reposted-line";
import { Avatar } from "@/components/ui/avatar";
import type { PostCard as PostCardData } from "@/lib/posts/queries";
import { ContentWarning } from "./content-warning";
import { DeletePostButton } from "./delete-post-button";
import { PostByline } from "./post-byline";
import { LikeButton } from "./like-button";
import { PostImages } from "./post-images";
import { PostText } from "./post-text";
import { QuoteControls } from "./quote-controls";
import { QuotedPostCard } from "./quoted-post-card";
import { postCommentsHref, postLikesHref, profileHref } from "@/lib/routes";

type PostCardProps = { post: PostCardData; viewerId: string | null; viewerIsAdmin?: boolean; onOwnPage?: boolean };

/**
 * A post in a feed or on its own page. Works on the server and inside the
 * client-side feed. Its author can delete it and an admin can remove it.
 */
export function PostCard({ post, viewerId, viewerIsAdmin = false, onOwnPage = false }: PostCardProps) {
  const { author } = post;
  // Styled by .card in globals.css through its structure, so that twenty cards a page carry no class lists.
  return (
    <article className="card" aria-label={`Post by ${author.displayName}`}>
      <Link href={profileHref(author.username)} aria-label={`@${author.username}`}>
        <Avatar user={author} />
      </Link>
      <div>
        {post.reposted && <RepostedLine line={post.reposted} viewerId={viewerId} />}
        <PostByline author={author} createdAt={post.createdAt} editedAt={post.editedAt} postId={post.id} />
        <ContentWarning warning={post.contentWarning}>
          <PostText text={post.text} mentioned={post.mentioned} />
          <PostImages images={post.images} />
        </ContentWarning>
        <QuotedPostCard quote={post.quote} />
        <footer>
          {viewerId ? (
            <LikeButton postId={post.id} liked={post.likedByViewer} likeCount={post.likeCount} />
          ) : (
            <Link href={postLikesHref(post.id)} className="pill" aria-label={`${post.likeCount} ${post.likeCount === 1 ? "like" : "likes"}`}>
              <span className="heart" aria-hidden="true" />
              {post.likeCount > 0 && post.likeCount}
            </Link>
          )}
          <Link href={postCommentsHref(post.id)} className="pill" aria-label={`${post.commentCount} ${post.commentCount === 1 ? "comment" : "comments"}`}>
            <span className="bubble" aria-hidden="true" />
            {post.commentCount > 0 && post.commentCount}
          </Link>
          {viewerId ? (
            <RepostButton postId={post.id} reposted={post.repostedByViewer} repostCount={post.repostCount} />
          ) : (
            <RepostCount count={post.repostCount} />
          )}
          <QuoteControls postId={post.id} quoteCount={post.quoteCount} />
          {viewerId && <BookmarkButton postId={post.id} bookmarked={post.bookmarkedByViewer} />}
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
