import type { Tx } from "@/lib/db";
import { recordCommentMentions, recordPostLinks } from "@/lib/tags/store";

/** The writes other features may follow (a notification, a counter, a mention), each with the ids it touched. */
export type WriteEvent =
  | { type: "post-created"; postId: string; authorId: string }
  | { type: "post-edited"; postId: string; authorId: string }
  | { type: "post-deleted"; postId: string; byUserId: string }
  | { type: "comment-added"; commentId: string; postId: string; authorId: string }
  | { type: "comment-deleted"; commentId: string; postId: string; byUserId: string }
  | { type: "account-suspended"; userId: string; byUserId: string };

/**
 * The one place a side effect of a write joins it. Every service calls this
 * with its transaction after the write succeeded, so whatever is added here
 * commits or rolls back together with the write and no action has to change.
 * Posts and comments record their mentions and hashtags here.
 *
 * Likes and follows are the exception: each is one statement (`writeWhereShown`)
 * on the busiest path, and an interactive transaction would hold a pooled
 * connection across round trips (under concurrent double clicks it ran out of
 * connections). A side effect of theirs becomes one more step of that statement.
 */
export async function afterWrite(tx: Tx, event: WriteEvent): Promise<void> {
  switch (event.type) {
    case "post-created":
    case "post-edited":
      await recordPostLinks(tx, event.postId);
      break;
    case "comment-added":
      await recordCommentMentions(tx, event.commentId);
      break;
  }
}
