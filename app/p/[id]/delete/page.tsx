import type { Metadata } from "next";
import { headers } from "next/headers";
import { cache } from "react";
import { PostText } from "@/components/posts/post-text";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { Confirmation, ConfirmationQuote, confirmationTextStyle } from "@/components/ui/confirmation";
import { PostNotFound } from "@/components/ui/not-found-pages";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/moderation/permissions";
import { backHref } from "@/lib/navigation/back-href";
import { missingPage } from "@/lib/navigation/missing-page";
import { deletePost } from "@/lib/posts/actions";
import { getPost } from "@/lib/posts/queries";
import { deletePostHref, postHref } from "@/lib/routes";

/** The post, when the viewer may delete it (their own) or remove it (an admin), else null: asked once for the page and its title. */
const deletablePost = cache(async (id: string) => {
  const viewer = await getCurrentUser();
  const post = viewer && (await getPost(id, viewer.id));
  return post && (post.author.id === viewer.id || isAdmin(viewer)) ? post : null;
});

export async function generateMetadata({ params }: PageProps<"/p/[id]/delete">): Promise<Metadata> {
  return { title: (await deletablePost((await params).id)) ? "Delete post" : "Post not found" };
}

// Where a post's Delete (an admin's Remove) leads without JavaScript. Only the
// author and admins get the page; for anyone else the post is not there (404).
export default async function DeletePostPage({ params }: PageProps<"/p/[id]/delete">) {
  const { id } = await params;
  const viewer = await requireUser(deletePostHref(id));
  const post = await deletablePost(id);
  if (!post) return missingPage(<PostNotFound />);
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
