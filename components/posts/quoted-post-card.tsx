import { IntentLink } from "@/components/ui/intent-link";
import type { QuoteEmbed } from "@/lib/posts/quotes";
import { postHref } from "@/lib/routes";
import { fileUrl } from "@/lib/uploads/urls";
import { ContentWarning } from "./content-warning";
import { PostByline } from "./post-byline";
import { PostText } from "./post-text";

/**
 * The post a post quotes, as a small card inside it (styled by .quoted in
 * globals.css): its author, its text (trimmed), its first image as a
 * thumbnail, each leading to it (behind a content warning, the text folds and the thumbnail is left out). It never shows what that post quotes in turn.
 * A quoted post that was deleted or is hidden leaves a notice in its place.
 */
export function QuotedPostCard({ quote }: { quote: QuoteEmbed }) {
  if (!quote) return null;
  if (!quote.available) return <p className="quoted">This post is unavailable</p>;
  const { post } = quote;
  return (
    <article className="quoted" aria-label={`Quoted post by ${post.author.displayName}`}>
      <div>
        <PostByline author={post.author} createdAt={post.createdAt} postId={post.id} />
        <ContentWarning warning={post.contentWarning}>
          <PostText text={post.text} />
        </ContentWarning>
      </div>
      {post.image && !post.contentWarning && (
        <IntentLink href={postHref(post.id)} aria-label={post.image.alt ? undefined : "Image of the quoted post"}>
          {/* A thumbnail of the stored WebP; the post's page shows it whole. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={fileUrl(post.image.fileKey)} alt={post.image.alt} width={post.image.width} height={post.image.height} loading="lazy" decoding="async" />
        </IntentLink>
      )}
    </article>
  );
}
