import type { CurrentUser } from "@/lib/auth/current-user";
import { type Tx, db } from "@/lib/db";
import { isForeignKeyViolation, isRecordNotFound } from "@/lib/db-errors";
import { requestLogger } from "@/lib/logging/request-logger";
import { recordRemoval } from "@/lib/moderation/log";
import { removableCommentsBy } from "@/lib/moderation/permissions";
import { commentsShownTo, visibleAuthor, visibleComment } from "@/lib/moderation/visibility";
import { notBlockedWith } from "@/lib/safety/visibility";
import { afterWrite } from "@/lib/services/after-write";
import { type Refusal, refusal } from "@/lib/services/refusal";
import { asCountedWrite } from "@/lib/services/write-limits";
import { type CommentItem, commentSelect } from "./queries";
import { COMMENT_GONE_FOR_REPLIES, POST_GONE_FOR_COMMENTS } from "./schema";
import { authoredComment } from "./authored";

/**
 * Adds `author`'s comment to a post they can see, or their reply to a comment
 * of it they can see (not deleted), and answers with it as lists show it.
 */
export function addComment(author: CurrentUser, input: NewComment): Promise<{ ok: true; comment: CommentItem } | Refusal> {
  return asCountedWrite(author.id, () => writeComment(author, input));
}

type NewComment = { postId: string; parentId: string | null; text: string };

async function writeComment(author: CurrentUser, input: NewComment): Promise<{ ok: true; comment: CommentItem } | Refusal> {
  const { postId, parentId, text } = input;
  try {
    const comment = await db.$transaction(async (tx) => {
      if (parentId !== null) {
        // The parent found by the rule its thread uses, under this post (the
        // foreign key on (post_id, parent_id) says so too).
        const parent = await tx.comment.findFirst({
          where: { id: parentId, postId, deletedAt: null, ...visibleComment, AND: [{ author: notBlockedWith(author.id) }] },
          select: { id: true },
        });
        if (!parent) return null;
      }
      // Connected to the post found by the same rule its page uses: a post
      // that is gone, whose author is suspended, or who blocks the commenter
      // or is blocked by them, takes no comment.
      const created = await tx.comment.create({
        data: {
          text,
          author: { connect: { id: author.id } },
          post: { connect: { id: postId, AND: [visibleAuthor, { author: notBlockedWith(author.id) }] } },
          ...(parentId === null ? {} : { parent: { connect: { postId_id: { postId, id: parentId } } } }),
        },
        select: commentSelect,
      });
      await afterWrite(tx, { type: "comment-added", commentId: created.id, postId, authorId: author.id });
      return created;
    });
    return comment ? { ok: true, comment } : refusal(COMMENT_GONE_FOR_REPLIES);
  } catch (error) {
    if (isRecordNotFound(error) || isForeignKeyViolation(error)) return refusal(parentId === null ? POST_GONE_FOR_COMMENTS : COMMENT_GONE_FOR_REPLIES);
    throw error;
  }
}

/** Locks a comment row until the transaction ends: a reply to it waits, or waits for it. */
async function lockComment(tx: Tx, commentId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM comments WHERE id = ${commentId} FOR UPDATE`;
}

/** Removes the deleted comments above a removed reply that no longer have replies of their own. */
async function removeBareTombstones(tx: Tx, parentId: string | null): Promise<void> {
  for (let current = parentId; current !== null; ) {
    await lockComment(tx, current);
    const tombstone = await tx.comment.findFirst({
      where: { id: current, deletedAt: { not: null }, replies: { none: {} } },
      select: { parentId: true },
    });
    if (!tombstone) return;
    await tx.comment.delete({ where: { id: current } });
    current = tombstone.parentId;
  }
}

/**
 * The comment's author, the post's author and admins may delete it, and only a
 * comment they can see (admins see all). One with replies stays, without its
 * text, as "This comment was deleted" above them; one without goes, and so do
 * deleted comments above it left without replies. Answers with the post it was under, and
 * whether an admin removed it (neither its author nor the post's), which the answer says.
 */
export async function deleteComment(user: CurrentUser, input: { commentId: string }): Promise<{ ok: true; postId: string; byModerator: boolean } | Refusal> {
  const { commentId } = input;
  const deleted = await db.$transaction(async (tx) => {
    // Locked before looking for replies: one being added finishes first and is seen, or finds the comment gone.
    await lockComment(tx, commentId);
    const comment = authoredComment(
      await tx.comment.findFirst({
        where: { id: commentId, deletedAt: null, AND: [removableCommentsBy(user), commentsShownTo(user)] },
        select: {
          postId: true,
          parentId: true,
          text: true,
          author: { select: { id: true, username: true } },
          post: { select: { authorId: true } },
          _count: { select: { replies: true } },
        },
      }),
    );
    if (!comment) return null;
    if (comment._count.replies > 0) {
      await tx.comment.update({ where: { id: commentId }, data: { text: "", deletedAt: new Date() } });
    } else {
      await tx.comment.delete({ where: { id: commentId } });
      await removeBareTombstones(tx, comment.parentId);
    }
    await afterWrite(tx, { type: "comment-deleted", commentId, postId: comment.postId, byUserId: user.id });
    await recordRemoval(tx, user, { kind: "comment", id: commentId, text: comment.text, author: comment.author });
    return { postId: comment.postId, byModerator: user.id !== comment.author.id && user.id !== comment.post.authorId };
  });
  if (deleted === null) return refusal("This comment is gone or is not yours to delete.");
  (await requestLogger()).info({ event: "comment-deleted", commentId, postId: deleted.postId, userId: user.id }, "Comment deleted");
  return { ok: true, ...deleted };
}
