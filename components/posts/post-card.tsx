import { IntentLink } from "@/components/ui/intent-link";
import { RepostCount } from "@/components/reposts/repost-count";
import { RepostedLine } from "@/components/reposts/reposted-line";
import { Avatar } from "@/components/ui/avatar";
import type { PostCard as PostCardData } from "@/lib/posts/queries";
import { CardActions } from "./card-actions";
import { CommentsLink } from "./comments-link";
import { ContentWarning } from "./content-warning";
import { DeletePostButton } from "./delete-post-button";
import { PostByline } from "./post-byline";
import { PostImages } from "./post-images";
import { PostText } from "./post-text";
import { QuoteControls } from "./quote-controls";
import { QuotedPostCard } from "./quoted-post-card";
import { cardAnchor, postLikesHref, profileHref } from "@/lib/routes";

type PostCardProps = { post: PostCardData; viewerId: string | null; viewerIsAdmin?: boolean; onOwnPage?: boolean };

/**
 * A post in a feed or on its own page. Works on the server and inside the
 * client-side feed. Its author can delete it and an admin can remove it.
 */
export function PostCard({ post, viewerId, viewerIsAdmin = false, onOwnPage = false }: PostCardProps) {
  const { author } = post;
  // The parts most cards lack are left out here rather than by themselves: a component that
  // renders nothing still costs the server a render, twenty-odd times a page (BENCHMARKS.md, session 23).
  const body = (
    <>
      {post.text !== "" && <PostText text={post.text} mentioned={post.mentioned} />}
      {post.images.length > 0 && <PostImages images={post.images} />}
    </>
  );
  // Styled by .card in globals.css through its structure, so that twenty cards a page carry no class lists.
  // Its id is where the card's form comes back to without JavaScript, not the top of a long feed.
  return (
    <article id={cardAnchor(post.id)} className="card" aria-label={`Post by ${author.displayName}`}>
      {/* The byline's name leads to the same profile: the picture is that link again for the pointer, not one more stop for the keyboard or a screen reader. */}
      <IntentLink href={profileHref(author.username)} aria-hidden="true" tabIndex={-1}>
        <Avatar user={author} />
      </IntentLink>
      <div>
        {post.reposted && <RepostedLine line={post.reposted} viewerId={viewerId} />}
        <PostByline author={author} createdAt={post.createdAt} editedAt={post.editedAt} postId={post.id} />
        {post.contentWarning ? <ContentWarning warning={post.contentWarning}>{body}</ContentWarning> : body}
        {post.quote && <QuotedPostCard quote={post.quote} />}
        <footer>
          {viewerId ? (
            <CardActions
              postId={post.id}
              liked={post.likedByViewer}
              likeCount={post.likeCount}
              commentCount={post.commentCount}
              reposted={post.repostedByViewer}
              repostCount={post.repostCount}
              quoteCount={post.quoteCount}
              bookmarked={post.bookmarkedByViewer}
            />
          ) : (
            <>
              {/* .heart draws the heart before the count (globals.css). */}
              <IntentLink href={postLikesHref(post.id)} className="pill heart" aria-label={`${post.likeCount} ${post.likeCount === 1 ? "like" : "likes"}`}>
                {post.likeCount > 0 && post.likeCount}
              </IntentLink>
              <CommentsLink postId={post.id} commentCount={post.commentCount} />
              <RepostCount count={post.repostCount} />
              <QuoteControls postId={post.id} quoteCount={post.quoteCount} />
            </>
          )}
          {(viewerId === author.id || viewerIsAdmin) && (
            <span className="ml-auto">
              <DeletePostButton postId={post.id} authorUsername={author.username} redirectHome={onOwnPage} asModerator={viewerId !== author.id} />
            </span>
          )}
        </footer>
      </div>
    </article>
  );
}
