import { z } from "zod";
import { bodyText } from "@/lib/posts/schema";
import { recordId } from "@/lib/validation/ids";
import { MAX_POST_LENGTH } from "@/lib/validation/limits";

// A comment's text follows the rules of a post's (posts/schema.ts).

/** The most characters a comment's text may have (bodyText's limit), which its form counts down. */
export const MAX_COMMENT_LENGTH = MAX_POST_LENGTH;

/** `parentId` names the comment replied to; empty (or absent) for a comment on the post itself. */
export const commentSchema = z.object({
  postId: recordId("Unknown post."),
  parentId: z.union([z.literal("").transform(() => null), recordId("Unknown comment.")]).default(null),
  text: bodyText("comment"),
});

export const commentIdSchema = z.object({ commentId: recordId("Unknown comment.") });

/** "post": go to the post's comments afterwards, as its confirmation page (/comments/<id>/delete) asks. */
export const deleteCommentSchema = commentIdSchema.extend({ redirectTo: z.enum(["", "post"]) });

/** Refuses a comment on a post that is gone or cannot be seen, as POST_GONE does for posts. */
export const POST_GONE_FOR_COMMENTS = "This post was deleted or is no longer available, so it cannot be commented on.";

/** Refuses a reply to a comment that was deleted, is hidden or is not under the post. */
export const COMMENT_GONE_FOR_REPLIES = "This comment was deleted or is no longer available, so it cannot be replied to.";
