"use client";

import { useEffect, useRef } from "react";
import { removeQuestion } from "@/components/moderation/questions";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { focusFirstLeft } from "@/components/ui/focus-first-left";
import { deletePost } from "@/lib/posts/actions";
import { deletePostHref } from "@/lib/routes";
import { focusTargetsAfterCard } from "./card-leaving-focus";

type DeletePostButtonProps = {
  postId: string;
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
export function DeletePostButton({ postId, redirectHome = false, asModerator = false }: DeletePostButtonProps) {
  const focusAfter = useRef<HTMLElement[]>([]);
  useEffect(() => {
    const deletion = focusAfter;
    return () => focusFirstLeft(deletion.current);
  }, []);
  return (
    <ConfirmedActionButton
      action={deletePost}
      fields={{ postId, redirectTo: redirectHome ? "home" : "" }}
      confirmHref={deletePostHref(postId)}
      question={asModerator ? removeQuestion("this post") : "Delete this post? This cannot be undone."}
      label={asModerator ? { idle: "Remove", pending: "Removing…" } : { idle: "Delete", pending: "Deleting…" }}
      ariaLabel={asModerator ? "Remove post" : undefined}
      onConfirmed={(form) => {
        focusAfter.current = focusTargetsAfterCard(form);
      }}
      className="pill delete-post hover:text-rose-700 disabled:opacity-60 dark:hover:text-rose-400"
    />
  );
}
