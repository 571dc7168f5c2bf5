import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentForm } from "@/components/comments/comment-form";
import { CommentList } from "@/components/comments/comment-list";
import { PostCard } from "@/components/posts/post-card";
import { loginUrl } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listComments } from "@/lib/comments/queries";
import { isAdmin } from "@/lib/moderation/permissions";
import { getPost } from "@/lib/posts/queries";
import { cursorParam } from "@/lib/pagination/cursor";
import { postCommentsHref, postHref } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/p/[id]">): Promise<Metadata> {
  const post = await getPost((await params).id, null);
  if (!post) return { title: "Post not found" };
  // A post of images alone has no text to quote.
  if (post.text === "") return { title: `Post by ${post.author.displayName}` };
  return { title: `${post.author.displayName}: “${post.text.slice(0, 60)}${post.text.length > 60 ? "…" : ""}”` };
}

export default async function PostPage({ params, searchParams }: PageProps<"/p/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const viewer = await getCurrentUser();
  const post = await getPost(id, viewer?.id ?? null);
  if (!post) notFound();
  const comments = await listComments(post.id, cursorParam(query));

  return (
    <>
      <h1 className="sr-only">Post by {post.author.displayName}</h1>
      <PostCard post={post} viewerId={viewer?.id ?? null} viewerIsAdmin={isAdmin(viewer)} onOwnPage />
      <section id="comments" aria-labelledby="comments-heading" className="pt-4">
        <h2 id="comments-heading" className="text-lg font-semibold">
          Comments
        </h2>
        <CommentList
          comments={comments.items}
          viewerId={viewer?.id ?? null}
          viewerIsAdmin={isAdmin(viewer)}
          postAuthorId={post.author.id}
          moreHref={comments.nextCursor && postCommentsHref(post.id, comments.nextCursor)}
        />
        <div className="mt-4">
          {viewer ? (
            <CommentForm postId={post.id} />
          ) : (
            <p className="text-zinc-600 dark:text-zinc-400">
              <Link href={loginUrl(postHref(post.id))} className="font-medium text-sky-700 underline dark:text-sky-400">
                Log in
              </Link>{" "}
              to comment.
            </p>
          )}
        </div>
      </section>
    </>
  );
}
