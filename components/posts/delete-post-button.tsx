"use client";

import { removeQuestion } from "@/components/moderation/questions";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { useFocusAfterDeletion } from "@/components/ui/use-focus-after-deletion";
import { deletePost } from "@/lib/posts/actions";
import { deletePostHref } from "@/lib/routes";
import { focusTargetsAfterCard } from "./card-leaving-focus";

type DeletePostButtonProps = {
  postId: string;
  /** Whose post it is, which the button's name says to an admin ("Remove post by @ada"). */
  authorUsername: string;
  /** On the post's own page, go home afterwards. */
  redirectHome?: boolean;
  /** An admin removing someone else's post rather than the author deleting their own. */
  asModerator?: boolean;
};

/**
 * The author's delete button, which is also an admin's "Remove post"; without JavaScript it opens
 * /p/<id>/delete. The button goes with the card, and focus to what is next to it
 * (focusTargetsAfterCard); on the post's own page, to the notice on the home page it
 * leads to (PostOutcomeNotice).
 */
export function DeletePostButton({ postId, authorUsername, redirectHome = false, asModerator = false }: DeletePostButtonProps) {
  const deleted = useFocusAfterDeletion();
  return (
    <ConfirmedActionButton
      action={deletePost}
      fields={{ postId, redirectTo: redirectHome ? "home" : "" }}
      confirmHref={deletePostHref(postId)}
      question={asModerator ? removeQuestion("this post") : "Delete this post? This cannot be undone."}
      label={asModerator ? { idle: "Remove", pending: "Removing…" } : { idle: "Delete", pending: "Deleting…" }}
      // Named by whose post it is, as Report is: a list of buttons read out says which.
      ariaLabel={asModerator ? `Remove post by @${authorUsername}` : "Delete your post"}
      // On its own page the post leads home, whose notice says it was deleted.
      onConfirmed={(form) => deleted(focusTargetsAfterCard(form), redirectHome ? null : asModerator ? "Post removed." : "Post deleted.")}
      className="pill delete-post hover:text-rose-700 disabled:opacity-60 dark:hover:text-rose-400"
    />
  );
}
