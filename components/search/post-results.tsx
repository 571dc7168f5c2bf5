import { IntentLink } from "@/components/ui/intent-link";
import { Avatar } from "@/components/ui/avatar";
import { ContentWarning } from "@/components/posts/content-warning";
import { PostByline } from "@/components/posts/post-byline";
import type { PostResult } from "@/lib/search/queries";
import { Snippet } from "./snippet";
import { postHref, profileHref } from "@/lib/routes";

/** Posts found by a search: who wrote them, when, and the matching words in context. */
export function PostResults({ posts }: { posts: PostResult[] }) {
  return posts.map(({ id, author, createdAt, editedAt, excerpt, contentWarning }) => (
    <article key={id} aria-label={`Post by ${author.displayName}`} className="flex gap-3 border-b border-zinc-200 py-4 dark:border-zinc-800">
      {/* As on a card: the byline's name is this link for the keyboard and screen readers. */}
      <IntentLink href={profileHref(author.username)} className="shrink-0 self-start rounded-full" aria-hidden="true" tabIndex={-1}>
        <Avatar user={author} />
      </IntentLink>
      <div className="min-w-0 flex-1">
        <PostByline author={author} createdAt={createdAt} editedAt={editedAt} />
        {/* The excerpt is the way into the post: the words the reader was looking for. */}
        <ContentWarning warning={contentWarning}>
          <IntentLink href={postHref(id)} className="mt-1 block whitespace-pre-wrap break-words hover:underline">
            <Snippet excerpt={excerpt} />
          </IntentLink>
        </ContentWarning>
      </div>
    </article>
  ));
}
