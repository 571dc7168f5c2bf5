import type { Metadata } from "next";
import Link from "next/link";
import { PostCard } from "@/components/posts/post-card";
import { NextPageLink } from "@/components/ui/next-page-link";
import { PostNotFound } from "@/components/ui/not-found-pages";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/moderation/permissions";
import { missingPage } from "@/lib/navigation/missing-page";
import { cursorParam } from "@/lib/pagination/cursor";
import { getPost, listQuotes } from "@/lib/posts/queries";
import { postHref, postQuotesHref, withCursor } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/p/[id]/quotes">): Promise<Metadata> {
  const post = await getPost((await params).id, (await getCurrentUser())?.id ?? null);
  return { title: post ? `Quotes of ${post.author.displayName}’s post` : "Post not found" };
}

/** The posts that quote a post, newest first: the list behind its quote count, by the same rule as the count. */
export default async function PostQuotesPage({ params, searchParams }: PageProps<"/p/[id]/quotes">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const viewer = await getCurrentUser();
  const viewerId = viewer?.id ?? null;
  const post = await getPost(id, viewerId);
  if (!post) return missingPage(<PostNotFound />);
  const page = await listQuotes(post.id, viewerId, cursorParam(query));
  const quotes = `${post.quoteCount.toLocaleString("en")} ${post.quoteCount === 1 ? "quote" : "quotes"}`;

  return (
    <>
      <Link href={postHref(post.id)} className="text-sm text-zinc-600 hover:underline dark:text-zinc-400">
        ← Post by {post.author.displayName}
      </Link>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Quotes</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{quotes}</p>
      {page.items.length === 0 ? (
        <p className="mt-6 text-zinc-600 dark:text-zinc-400">
          {/* The count is everyone's; the list leaves out what the reader's own blocks, mutes and muted words hide. */}
          {post.quoteCount > 0 && viewerId ? "Its quotes are hidden by your blocks, mutes or muted words." : "No one has quoted this post yet."}
        </p>
      ) : (
        <section aria-label="Posts quoting this post">
          {page.items.map((quote) => (
            <PostCard key={quote.id} post={quote} viewerId={viewerId} viewerIsAdmin={isAdmin(viewer)} />
          ))}
        </section>
      )}
      {page.nextCursor && <NextPageLink href={withCursor(postQuotesHref(post.id), page.nextCursor)}>Older quotes</NextPageLink>}
    </>
  );
}
