import { IntentLink } from "@/components/ui/intent-link";
import { postCommentsHref } from "@/lib/routes";

/** A card's comment count, leading to the comments; the speech bubble is .bubble's (globals.css). */
export function CommentsLink({ postId, commentCount }: { postId: string; commentCount: number }) {
  return (
    <IntentLink href={postCommentsHref(postId)} className="pill bubble" aria-label={`${commentCount} ${commentCount === 1 ? "comment" : "comments"}`}>
      {commentCount > 0 && commentCount}
    </IntentLink>
  );
}
