"use client";

import { removeQuestion } from "@/components/moderation/questions";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { deletePost } from "@/lib/posts/actions";
import { deletePostHref } from "@/lib/routes";

type DeletePostButtonProps = {
  postId: string;
  /** On the post's own page, go home afterwards. */
  redirectHome?: boolean;
  /** An admin removing someone else's post rather than the author deleting their own. */
  asModerator?: boolean;
};

/** The author's delete button, which is also an admin's "Remove post"; without JavaScript it opens /p/<id>/delete. */
export function DeletePostButton({ postId, redirectHome = false, asModerator = false }: DeletePostButtonProps) {
  return (
    <ConfirmedActionButton
      action={deletePost}
      fields={{ postId, redirectTo: redirectHome ? "home" : "" }}
      confirmHref={deletePostHref(postId)}
      question={asModerator ? removeQuestion("this post") : "Delete this post? This cannot be undone."}
      label={asModerator ? { idle: "Remove", pending: "Removing…" } : { idle: "Delete", pending: "Deleting…" }}
      ariaLabel={asModerator ? "Remove post" : undefined}
      className="pill delete-post hover:text-rose-700 disabled:opacity-60 dark:hover:text-rose-400"
    />
  );
}
