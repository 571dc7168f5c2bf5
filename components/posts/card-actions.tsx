"use client";

import { useState } from "react";
import { setBookmark } from "@/lib/bookmarks/actions";
import { setLike } from "@/lib/posts/actions";
import { setRepost } from "@/lib/reposts/actions";
import { InlineError } from "@/components/ui/inline-error";
import { useOptimisticForm } from "@/components/ui/use-optimistic-form";
import { CommentsLink } from "./comments-link";
import { QuoteControls } from "./quote-controls";
import { cardStateHref } from "@/lib/routes";

type CardActionsProps = {
  postId: string;
  liked: boolean;
  likeCount: number;
  commentCount: number;
  reposted: boolean;
  repostCount: number;
  quoteCount: number;
  bookmarked: boolean;
};

/**
 * A signed-in reader's row under a post: like, comments, repost, quote,
 * bookmark. One form for the three buttons, whose pressed button posts the
 * state it asks for (not a toggle, so a double click cannot undo itself):
 * without JavaScript the form posts to the post's address for it and the page
 * comes back re-rendered (app/p/[id]/state/route.ts, no hidden inputs);
 * with it, each button shows its new state the moment it is pressed and
 * settles on what the server answers (useOptimisticForm). The form lays out
 * as part of the card's footer (globals.css).
 */
export function CardActions({ postId, liked, likeCount, commentCount, reposted, repostCount, quoteCount, bookmarked }: CardActionsProps) {
  const like = useOptimisticForm(forPost(postId, setLike), { liked, likeCount }, (result) => (result.ok ? { liked: result.liked, likeCount: result.likeCount } : null));
  const repost = useOptimisticForm(forPost(postId, setRepost), { reposted, repostCount }, (result) =>
    result.ok ? { reposted: result.reposted, repostCount: result.repostCount } : null,
  );
  const bookmark = useOptimisticForm(forPost(postId, setBookmark), bookmarked, (result) => (result.ok ? result.bookmarked : null));

  const shownLike = like.shown;
  const wantedLike = { liked: !shownLike.liked, likeCount: shownLike.likeCount + (shownLike.liked ? -1 : 1) };
  const shownRepost = repost.shown;
  const wantedRepost = { reposted: !shownRepost.reposted, repostCount: shownRepost.repostCount + (shownRepost.reposted ? -1 : 1) };

  // The refusal shown is the last pressed button's: one line under the buttons (globals.css), not one beside each.
  const [lastPressed, setLastPressed] = useState<"like" | "repost" | "bookmark">("like");
  const refusal = { like, repost, bookmark }[lastPressed].answer;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const pressed = event.nativeEvent instanceof SubmitEvent ? event.nativeEvent.submitter?.getAttribute("name") : null;
    if (pressed === "repost") repost.submit(wantedRepost)(event);
    else if (pressed === "bookmark") bookmark.submit(!bookmark.shown)(event);
    else like.submit(wantedLike)(event);
    setLastPressed(pressed === "repost" || pressed === "bookmark" ? pressed : "like");
  }

  return (
    <form action={cardStateHref(postId)} method="post" onSubmit={onSubmit}>
      {/* Styled by their names, and by aria-pressed, which also fills their icons (globals.css): no class on every card.
          Toggle buttons, like Bookmark: one name in both states, and aria-pressed tells them apart ("Like, 7 likes, pressed"),
          where a name that turned into "Unlike" would be read out as "Unlike, pressed". */}
      <button
        name="like"
        value={String(wantedLike.liked)}
        aria-pressed={shownLike.liked}
        aria-label={`Like, ${shownLike.likeCount} ${shownLike.likeCount === 1 ? "like" : "likes"}`}
      >
        {/* Hidden at zero, as peers do; the name above still says "0 likes". */}
        {shownLike.likeCount > 0 && shownLike.likeCount}
      </button>
      <CommentsLink postId={postId} commentCount={commentCount} />
      <button
        name="repost"
        value={String(wantedRepost.reposted)}
        aria-pressed={shownRepost.reposted}
        aria-label={`Repost, ${shownRepost.repostCount} ${shownRepost.repostCount === 1 ? "repost" : "reposts"}`}
      >
        {shownRepost.repostCount > 0 && shownRepost.repostCount}
      </button>
      <QuoteControls postId={postId} quoteCount={quoteCount} />
      <button name="bookmark" value={String(!bookmark.shown)} aria-pressed={bookmark.shown} aria-label="Bookmark" />
      {/* Rendered only once there is an answer: an empty render a card otherwise (see PostCard). */}
      {refusal && <InlineError state={refusal} spaced={false} />}
    </form>
  );
}

/** The action for this card's post: the form names the post only in its address (cardStateHref), not in a field. */
function forPost<Result>(postId: string, action: (previous: null, formData: FormData) => Promise<Result>) {
  return (previous: null, formData: FormData) => {
    formData.set("postId", postId);
    return action(previous, formData);
  };
}
