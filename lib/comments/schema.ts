import { z } from "zod";
import { bodyText } from "@/lib/posts/schema";
import { recordId } from "@/lib/validation/ids";

// A comment's text follows the rules of a post's (posts/schema.ts).

export const commentSchema = z.object({ postId: recordId("Unknown post."), text: bodyText("comment") });

export const commentIdSchema = z.object({ commentId: recordId("Unknown comment.") });

/** "post": go to the post's comments afterwards, as its confirmation page (/comments/<id>/delete) asks. */
export const deleteCommentSchema = commentIdSchema.extend({ redirectTo: z.enum(["", "post"]) });

/** Refuses a comment on a post that is gone or cannot be seen, as POST_GONE does for posts. */
export const POST_GONE_FOR_COMMENTS = "This post was deleted, so it can no longer be commented on.";
