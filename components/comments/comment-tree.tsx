import { IntentLink } from "@/components/ui/intent-link";
import { THREAD_DEPTH, type CommentNode, type LeftOut, leavesOutUnshown } from "@/lib/comments/tree-shape";
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
  /** The first comment "More comments" added with script, which takes the focus from it (focusLoaded). */
  firstLoadedId?: string | null;
  /**
   * The first comment the page that "More comments" leads to without script adds below those read
   * (CommentTreePage's firstNewId): the browser focuses it, and scrolls to it, as it opens.
   */
  landingId?: string | null;
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
  const sentHere = useRepliesSentHere();
  const replies = (tree.byParent.get(parentId) ?? []).filter((comment) => !sentHere.has(comment.id));
  if (replies.length === 0) return null;
  return (
    // .comments and .replies space each comment (app/styles/comments.css).
    <ol aria-label={label} className={depth > 1 ? "replies" : "comments"}>
      {replies.map((comment) => {
        const sent = tree.sentIds.has(comment.id);
        const newest = comment.id === tree.newestSentId;
        const firstLoaded = comment.id === tree.firstLoadedId;
        const landing = comment.id === tree.landingId;
        return (
          <li
            key={comment.id}
            className={sent ? "-mx-2 rounded-lg bg-sky-50 px-2 dark:bg-sky-950" : undefined}
            // Without JavaScript the browser focuses (and scrolls to) the comment just sent, or the first one the page adds.
            tabIndex={newest || firstLoaded || landing ? -1 : undefined}
            autoFocus={newest || landing}
            ref={newest ? showSent : firstLoaded ? focusLoaded : undefined}
          >
            <CommentEntry {...tree} comment={comment} sent={sent} />
          </li>
        );
      })}
    </ol>
  );
}

/**
 * Takes the focus to the first comment "More comments" added, from that button or, when it went
 * with the last page, from the body: a keyboard user reads on from there rather than from the top.
 * Focus that moved elsewhere meanwhile stays.
 */
function focusLoaded(item: HTMLLIElement | null) {
  const focused = document.activeElement;
  if (item && (focused === null || focused === document.body || focused.classList.contains("thread-more"))) item.focus();
}

type SentReplyProps = TreeProps & {
  reply: CommentNode;
  /** Takes the reply off the list of those sent, once it is deleted. */
  forget: (commentId: string) => void;
};

/**
 * A reply sent from this page, shown as a reload would show it: as the thread
 * lists it once it does (with replies others have sent since), with Reply.
 */
export function SentReply({ reply, forget, ...tree }: SentReplyProps) {
  const listed = tree.byParent.get(reply.parentId)?.find((node) => node.id === reply.id);
  const onDeleted = (commentId: string) => {
    forget(commentId);
    tree.onDeleted?.(commentId);
  };
  return <CommentEntry {...tree} comment={listed ?? reply} sent onBodyDeleted={onDeleted} />;
}

type EntryProps = TreeProps & {
  comment: CommentNode;
  sent: boolean;
  /** Told when this comment (not one of its replies) is deleted, instead of `onDeleted`. */
  onBodyDeleted?: (commentId: string) => void;
};

/**
 * One comment and what follows it: Reply and its replies, to THREAD_DEPTH
 * levels. One sent below that level (a reply to a comment at THREAD_DEPTH),
 * which a reload would show only on its parent's page, has no Reply here.
 */
function CommentEntry({ comment, sent, onBodyDeleted, ...tree }: EntryProps) {
  const { postId, viewerId, viewerIsAdmin, postAuthorId } = tree;
  const viewer = { viewerId, viewerIsAdmin, postAuthorId };
  const body = <CommentBody postId={postId} comment={comment} sent={sent} onDeleted={onBodyDeleted ?? tree.onDeleted} {...viewer} />;
  if (comment.depth > THREAD_DEPTH) return body;
  // A page has many of these links: each is named by whose comment it goes on from, as Reply is.
  const whose = comment.state === "shown" && comment.author ? comment.author.displayName : null;
  return (
    <>
      {body}
      <ReplyArea postId={postId} parent={comment} viewerId={viewerId} renderSent={(reply, forget) => <SentReply {...tree} reply={reply} forget={forget} />}>
        {comment.depth < THREAD_DEPTH ? (
          <>
            <CommentBranch {...tree} parentId={comment.id} depth={comment.depth + 1} />
            <MoreUnshown leftOut={comment.moreReplies} listed={tree.byParent.get(comment.id)}>
              <IntentLink href={commentHref(postId, comment.id)} className={linkStyle} aria-label={whose ? `More replies to ${whose}` : undefined}>
                More replies
              </IntentLink>
            </MoreUnshown>
          </>
        ) : (
          comment.hasReplies && (
            <IntentLink href={commentHref(postId, comment.id)} className={linkStyle} aria-label={whose ? `Continue this thread below ${whose}` : undefined}>
              Continue this thread
            </IntentLink>
          )
        )}
      </ReplyArea>
    </>
  );
}

type MoreUnshownProps = {
  /** What the branch leaves out past the comments `listed` in it. */
  leftOut: LeftOut;
  listed: readonly CommentNode[] | undefined;
  children: React.ReactNode;
};

/**
 * "More replies" or "More comments", when the branch leaves out a comment this
 * page does not show: one sent from the form above it is shown, though a reload
 * would leave it out.
 */
export function MoreUnshown({ leftOut, listed = [], children }: MoreUnshownProps) {
  const sentHere = useRepliesSentHere();
  const shown = new Set([...listed.map((comment) => comment.id), ...sentHere]);
  return leavesOutUnshown(leftOut, shown) ? children : null;
}
