import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { CommentThread } from "@/components/comments/comment-thread";
import { RemovedContentMessage } from "@/components/moderation/removed-content-message";
import { OwnPageCard } from "@/components/posts/own-page-card";
import { PostOutcomeNotice } from "@/components/posts/post-outcome-notice";
import { PostDetails } from "@/components/posts/post-details";
import { BackLink } from "@/components/ui/back-link";
import { PostNotFound } from "@/components/ui/not-found-pages";
import { loginUrl } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/current-user";
import { packTree } from "@/lib/comments/packed-tree";
import { getSentComment, listsHideComments } from "@/lib/comments/queries";
import { listCommentTree } from "@/lib/comments/tree";
import { removalOf } from "@/lib/moderation/log-queries";
import { isAdmin } from "@/lib/moderation/permissions";
import { backHref } from "@/lib/navigation/back-href";
import { missingPage } from "@/lib/navigation/missing-page";
import { cursorParam } from "@/lib/pagination/cursor";
import { packPage } from "@/lib/posts/packed-page";
import { quotedTitle } from "@/lib/posts/page-title";
import { getPost } from "@/lib/posts/queries";
import { COMMENT_OUTCOMES, POST_OUTCOME_PARAM, postHref, postLikesHref, postRepostsHref, reportHref } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/p/[id]">): Promise<Metadata> {
  const [{ id }, viewer] = await Promise.all([params, getCurrentUser()]);
  const post = await getPost(id, viewer?.id ?? null);
  if (!post) return { title: viewer && (await removalOf(viewer.id, "post", id)) ? "Post removed by moderators" : "Post not found" };
  // A post of images alone has no text to quote.
  if (post.text === "" && post.contentWarning === "") return { title: `Post by ${post.author.displayName}` };
  return { title: quotedTitle(post.author.displayName, post.text, post.contentWarning) };
}

export default async function PostPage({ params, searchParams }: PageProps<"/p/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const viewer = await getCurrentUser();
  const post = await getPost(id, viewer?.id ?? null);
  if (!post) {
    // Its author is told when moderators removed it; anyone else, or anything else, is not here.
    // With a 200: the post is there, for its author, as a removal.
    const removal = viewer ? await removalOf(viewer.id, "post", id) : null;
    if (!removal) return missingPage(<PostNotFound />);
    return <RemovedContentMessage kind="post" removal={removal} />;
  }
  const [thread, request, justSent] = await Promise.all([
    listCommentTree(post.id, null, cursorParam(query), viewer?.id ?? null),
    headers(),
    viewer ? getSentComment(query.sent, post.id, null, viewer.id) : null,
  ]);
  // Asked only when the post has comments and the list shows none.
  const hiddenByOwnLists = post.commentCount > 0 && thread.nodes.length === 0 && (await listsHideComments(post.id, viewer?.id ?? null));
  const back = backHref(request.get("referer"), request.get("x-forwarded-host") ?? request.get("host"), postHref(post.id));

  const reportable = !!viewer && viewer.id !== post.author.id;
  return (
    <>
      <BackLink href={back}>{back === "/" ? "Home" : "Back"}</BackLink>
      <h1 className="sr-only">Post by {post.author.displayName}</h1>
      {/* Where saving an edit leads (postEditedHref): only its author is told. */}
      {query[POST_OUTCOME_PARAM] === "edited" && viewer?.id === post.author.id && <PostOutcomeNotice outcome="edited" />}
      <OwnPageCard packed={packPage({ items: [post], nextCursor: null }, viewer?.id ?? null)} viewerId={viewer?.id ?? null} viewerIsAdmin={isAdmin(viewer)} />
      <PostDetails postId={post.id} createdAt={post.createdAt} editedAt={post.editedAt} viewerIsAuthor={viewer?.id === post.author.id} />
      {(reportable || post.likeCount > 0 || post.repostCount > 0) && (
        <p className="post-links">
          {reportable && (
            <Link href={reportHref("post", post.id)} className="quiet-link">
              Report post
            </Link>
          )}
          {post.likeCount > 0 && (
            <Link href={postLikesHref(post.id)} className="text-link">
              {`Liked by ${post.likeCount.toLocaleString("en")} ${post.likeCount === 1 ? "person" : "people"}`}
            </Link>
          )}
          {post.repostCount > 0 && (
            <Link href={postRepostsHref(post.id)} className="text-link">
              {`Reposted by ${post.repostCount.toLocaleString("en")} ${post.repostCount === 1 ? "person" : "people"}`}
            </Link>
          )}
        </p>
      )}
      <section id="comments" aria-labelledby="comments-heading" className="pt-4">
        <h2 id="comments-heading" className="text-lg font-semibold">
          Comments
        </h2>
        <CommentThread
          postId={post.id}
          root={null}
          thread={packTree(thread, viewer?.id ?? null)}
          viewerId={viewer?.id ?? null}
          viewerIsAdmin={isAdmin(viewer)}
          postAuthorId={post.author.id}
          hiddenByOwnLists={hiddenByOwnLists}
          // A comment sent from here without JavaScript (commentSentHref).
          justSent={justSent}
          // Where deleting a comment from its own page, or its confirmation page, ends (lib/comments/actions.ts).
          says={COMMENT_OUTCOMES.find((outcome) => outcome === query.comment)}
          signedOut={
            // Only sent to a visitor who is signed out: the page's data is sent twice.
            !viewer && (
              <p className="text-zinc-600 dark:text-zinc-400">
                <Link href={loginUrl(postHref(post.id))} className="text-link">
                  Log in
                </Link>{" "}
                to comment.
              </p>
            )
          }
        />
      </section>
    </>
  );
}
