import { IntentLink } from "@/components/ui/intent-link";
import { THREAD_DEPTH, type CommentNode } from "@/lib/comments/tree-shape";
import { commentHref } from "@/lib/routes";
import { type CommentViewer, CommentBody } from "./comment-body";
import { ReplyArea, showSent, useRepliesSentHere } from "./reply-area";

export type TreeProps = CommentViewer & {
  postId: string;
  /** The comments shown, by the comment they reply to (null: the post). */
  byParent: ReadonlyMap<string | null, CommentNode[]>;
  /** The viewer's own comments sent from this page: marked, and the newest brought into view. */
  sentIds: ReadonlySet<string>;
  newestSentId: string | null;
  onDeleted?: (commentId: string) => void;
};

type BranchProps = TreeProps & { parentId: string | null; depth: number; label?: string };

const linkStyle = "reply-link underline";

/**
 * The replies to `parentId`, oldest first, each with its own below it, to
 * THREAD_DEPTH levels; a deeper branch continues on the page rooted at its
 * comment, and so does a branch with more replies than shown.
 */
export function CommentBranch({ parentId, depth, label, ...tree }: BranchProps) {
  const { postId, byParent, sentIds, newestSentId, onDeleted, ...viewer } = tree;
  const sentHere = useRepliesSentHere();
  const replies = (byParent.get(parentId) ?? []).filter((comment) => !sentHere.has(comment.id));
  if (replies.length === 0) return null;
  return (
    // .comments and .replies space each comment (app/styles/comments.css).
    <ol aria-label={label} className={depth > 1 ? "replies" : "comments"}>
      {replies.map((comment) => {
        const sent = sentIds.has(comment.id);
        const newest = comment.id === newestSentId;
        return (
          <li
            key={comment.id}
            className={sent ? "-mx-2 rounded-lg bg-sky-50 px-2 dark:bg-sky-950" : undefined}
            // Without JavaScript the browser focuses (and scrolls to) the comment just sent.
            tabIndex={newest ? -1 : undefined}
            autoFocus={newest}
            ref={newest ? showSent : undefined}
          >
            <CommentBody postId={postId} comment={comment} sent={sent} onDeleted={onDeleted} {...viewer} />
            <ReplyArea postId={postId} parent={comment} {...viewer}>
              {depth < THREAD_DEPTH ? (
                <>
                  <CommentBranch {...tree} parentId={comment.id} depth={depth + 1} />
                  {comment.moreReplies && (
                    <IntentLink href={commentHref(postId, comment.id)} className={linkStyle}>
                      More replies
                    </IntentLink>
                  )}
                </>
              ) : (
                comment.hasReplies && (
                  <IntentLink href={commentHref(postId, comment.id)} className={linkStyle}>
                    Continue this thread
                  </IntentLink>
                )
              )}
            </ReplyArea>
          </li>
        );
      })}
    </ol>
  );
}
