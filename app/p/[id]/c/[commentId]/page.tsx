import type { Metadata } from "next";
import Link from "next/link";
import { CommentThread } from "@/components/comments/comment-thread";
import { RemovedContentMessage } from "@/components/moderation/removed-content-message";
import { OwnPageCard } from "@/components/posts/own-page-card";
import { BackLink } from "@/components/ui/back-link";
import { CommentNotFound } from "@/components/ui/not-found-pages";
import { loginUrl } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/current-user";
import { packTree } from "@/lib/comments/packed-tree";
import { getSentComment } from "@/lib/comments/queries";
import { getThreadRoot, listCommentTree } from "@/lib/comments/tree";
import { removalOf } from "@/lib/moderation/log-queries";
import { isAdmin } from "@/lib/moderation/permissions";
import { missingPage } from "@/lib/navigation/missing-page";
import { cursorParam } from "@/lib/pagination/cursor";
import { packPage } from "@/lib/posts/packed-page";
import { quotedTitle } from "@/lib/posts/page-title";
import { getPost } from "@/lib/posts/queries";
import { commentHref, postCommentsHref } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/p/[id]/c/[commentId]">): Promise<Metadata> {
  const [{ id, commentId }, viewer] = await Promise.all([params, getCurrentUser()]);
  const root = await getThreadRoot(id, commentId, viewer?.id ?? null);
  if (!root) return { title: viewer && (await removalOf(viewer.id, "comment", commentId)) ? "Comment removed by moderators" : "Comment not found" };
  if (!root.author) return { title: "Thread" };
  return { title: quotedTitle(root.author.displayName, root.text) };
}

// A comment's permalink: its thread, rooted at it and highlighted, with its
// replies three levels deep. "Continue this thread" and "More replies" lead here,
// and Reply without JavaScript, with ?reply=1 (commentReplyHref): the reply box focused.
export default async function CommentThreadPage({ params, searchParams }: PageProps<"/p/[id]/c/[commentId]">) {
  const [{ id, commentId }, query] = await Promise.all([params, searchParams]);
  const viewer = await getCurrentUser();
  const post = await getPost(id, viewer?.id ?? null);
  if (!post) return missingPage(<CommentNotFound />);
  const [root, thread, justSent] = await Promise.all([
    getThreadRoot(post.id, commentId, viewer?.id ?? null),
    listCommentTree(post.id, commentId, cursorParam(query), viewer?.id ?? null),
    viewer ? getSentComment(query.sent, post.id, commentId, viewer.id) : null,
  ]);
  if (!root) {
    // Its author is told when moderators removed it, as on a post's page (app/p/[id]/page.tsx).
    const removal = viewer ? await removalOf(viewer.id, "comment", commentId) : null;
    if (!removal) return missingPage(<CommentNotFound />);
    return <RemovedContentMessage kind="comment" removal={removal} />;
  }

  return (
    <>
      <BackLink href={postCommentsHref(post.id)}>All comments</BackLink>
      <h1 className="sr-only">Thread of a comment on {post.author.displayName}’s post</h1>
      {/* The post as packed data, as on its own page: not a server-rendered card's element tree (issue 11's page bytes). */}
      <OwnPageCard packed={packPage({ items: [post], nextCursor: null }, viewer?.id ?? null)} viewerId={viewer?.id ?? null} viewerIsAdmin={isAdmin(viewer)} onOwnPage={false} />
      <section aria-labelledby="thread-heading" className="pt-4">
        <h2 id="thread-heading" className="text-lg font-semibold">
          Thread
        </h2>
        {root.parentId && (
          <Link href={commentHref(post.id, root.parentId)} className="mb-2 inline-block text-sm font-medium text-sky-700 underline dark:text-sky-400">
            Show the comment it replies to
          </Link>
        )}
        <CommentThread
          postId={post.id}
          root={root}
          thread={packTree(thread, viewer?.id ?? null)}
          viewerId={viewer?.id ?? null}
          viewerIsAdmin={isAdmin(viewer)}
          postAuthorId={post.author.id}
          replying={query.reply === "1"}
          // A reply sent from here without JavaScript (commentSentHref).
          justSent={justSent}
        />
        {!viewer && (
          <p className="mt-4 text-zinc-600 dark:text-zinc-400">
            <Link href={loginUrl(commentHref(post.id, root.id))} className="font-medium text-sky-700 underline dark:text-sky-400">
              Log in
            </Link>{" "}
            to reply.
          </p>
        )}
      </section>
    </>
  );
}
