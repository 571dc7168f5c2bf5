import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { PostText } from "@/components/posts/post-text";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { Confirmation, ConfirmationQuote, confirmationTextStyle } from "@/components/ui/confirmation";
import { requireUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/moderation/permissions";
import { deletePost } from "@/lib/posts/actions";
import { backHref } from "@/lib/navigation/back-href";
import { getPost } from "@/lib/posts/queries";
import { deletePostHref, postHref } from "@/lib/routes";

export const metadata: Metadata = { title: "Delete post" };

// Where a post's Delete (an admin's Remove) leads without JavaScript. Only the
// author and admins get the page; for anyone else the post is not there (404).
export default async function DeletePostPage({ params }: PageProps<"/p/[id]/delete">) {
  const { id } = await params;
  const viewer = await requireUser(deletePostHref(id));
  const post = await getPost(id, viewer.id);
  if (!post || (post.author.id !== viewer.id && !isAdmin(viewer))) notFound();
  const asModerator = post.author.id !== viewer.id;
  // Cancel goes back where Delete was pressed (a feed, a profile), else to the post.
  const request = await headers();
  const referer = request.get("referer");
  const cancelHref = referer ? backHref(referer, request.get("x-forwarded-host") ?? request.get("host"), deletePostHref(post.id)) : postHref(post.id);

  return (
    <Confirmation title={asModerator ? "Remove this post?" : "Delete this post?"}>
      <p className={confirmationTextStyle}>
        {asModerator ? "It disappears for everyone" : "Your post disappears for everyone"}, with its pictures, likes and
        comments. This cannot be undone.
      </p>
      <ConfirmationQuote byline={`${post.author.displayName} (@${post.author.username})`}>
        {post.text ? <PostText text={post.text} /> : <p>A post with pictures.</p>}
      </ConfirmationQuote>
      <ConfirmForm
        action={deletePost}
        fields={{ postId: post.id, redirectTo: "home" }}
        label={asModerator ? { idle: "Remove post", pending: "Removing…" } : { idle: "Delete post", pending: "Deleting…" }}
        cancelHref={cancelHref}
      />
    </Confirmation>
  );
}
