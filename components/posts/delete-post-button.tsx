"use client";

import { useEffect, useRef } from "react";
import { removeQuestion } from "@/components/moderation/questions";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { FOCUSABLE, focusFirstLeft } from "@/components/ui/focus-first-left";
import { deletePost } from "@/lib/posts/actions";
import { deletePostHref } from "@/lib/routes";

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
 * (focusTargetsAfterDeleting); on the post's own page, to the notice on the home page it
 * leads to (PostGoneNotice).
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
        focusAfter.current = focusTargetsAfterDeleting(form);
      }}
      className="pill delete-post hover:text-rose-700 disabled:opacity-60 dark:hover:text-rose-400"
    />
  );
}

/**
 * Where focus may go once the card around `control` (its Delete button) is deleted, best first:
 * the next card's first control, else that card, the card before (the same way), the page's
 * heading. Read before deleting, while all of them are on the page.
 */
function focusTargetsAfterDeleting(control: Element): HTMLElement[] {
  const card = control.closest("article");
  if (!card) return [];
  const neighbours = [card.nextElementSibling, card.previousElementSibling].filter((element) => element instanceof HTMLElement);
  const heading = card.closest("main")?.querySelector("h1");
  return [...neighbours.flatMap((neighbour) => [neighbour.querySelector<HTMLElement>(FOCUSABLE), neighbour]), heading].filter(
    (target) => target instanceof HTMLElement,
  );
}
