"use client";

import Link from "next/link";
import { useCallback, useMemo, useState, useTransition } from "react";
import { addComment } from "@/lib/comments/actions";
import { loadMoreComments } from "@/lib/comments/load-more";
import type { CommentItem } from "@/lib/comments/queries";
import { type PackedTreePage, unpackTree } from "@/lib/comments/packed-tree";
import type { CommentNode, LeftOut } from "@/lib/comments/tree-shape";
import { type CommentOutcome, commentHref, postCommentsHref, postHref } from "@/lib/routes";
import { FocusedStatus } from "@/components/ui/focused-status";
import { LoadFailedMessage } from "@/components/ui/load-failed-message";
import { answerOrNull, useFormAction } from "@/components/ui/unanswered-request";
import { useScriptsRunning } from "@/components/ui/use-scripts-running";
import { type CommentViewer, CommentBody } from "./comment-body";
import { CommentForm } from "./comment-form";
import { CommentBranch, MoreUnshown, SentReply } from "./comment-tree";
import { ReplyArea, toNode } from "./reply-area";

type CommentThreadProps = CommentViewer & {
  postId: string;
  /** The comment the page is rooted at (its permalink), highlighted; null for the post's page. */
  root: CommentNode | null;
  /** The comments the server shows for this address (see listCommentTree), packed (packTree). */
  thread: PackedTreePage;
  /** Shown instead of the form to visitors who are not signed in. */
  signedOut?: React.ReactNode;
  /**
   * The page follows a comment's deletion or an admin's removal (postCommentsAfterDeletionHref): it
   * says so, focused, until a comment is sent from here, which then has the focus (as `autofocus`
   * without JavaScript).
   */
  says?: CommentOutcome;
  /** The root's page was opened by its Reply (commentReplyHref): its reply box takes the focus. */
  replying?: boolean;
  /** Comments the reader blocked or muted the authors of are hidden here (`listsHideComments`): an empty list says so. */
  hiddenByOwnLists?: boolean;
  /** The reader's comment (or reply to the root) just sent without JavaScript (commentSentHref): shown as one sent from here. */
  justSent?: CommentItem | null;
};

function byParentOf(nodes: CommentNode[]): Map<string | null, CommentNode[]> {
  const seen = new Set<string>();
  const byParent = new Map<string | null, CommentNode[]>();
  for (const node of nodes) {
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    byParent.set(node.parentId, [...(byParent.get(node.parentId) ?? []), node]);
  }
  return byParent;
}

/**
 * A post's conversation (or the thread rooted at one comment), oldest first at
 * each level, with the form to add a comment. "More comments" adds the next
 * page of the first level below those shown, by script or, without it, as a
 * link to this page showing more. A comment just sent is shown at the end,
 * marked, even when the pages before it are not loaded yet.
 */
export function CommentThread({ postId, root, thread: packedThread, signedOut, replying = false, says, hiddenByOwnLists = false, justSent = null, ...viewer }: CommentThreadProps) {
  const thread = useMemo(() => unpackTree(packedThread), [packedThread]);
  const rootId = root?.id ?? null;
  // Without JavaScript the form is sent to the post's address with no fragment: from the comments
  // link (#comments) the answer would open at that heading instead of at the comment just sent.
  const [state, action] = useFormAction(addComment, null, root ? undefined : postHref(postId));
  const sentBefore = root ? null : justSent;
  const [sent, setSent] = useState<CommentItem[]>(() => (state?.ok ? [state.comment] : sentBefore ? [sentBefore] : []));
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state?.ok) setSent((shown) => [...shown, state.comment]);
  }

  const [loaded, setLoaded] = useState<CommentNode[]>([]);
  const [firstLoadedId, setFirstLoadedId] = useState<string | null>(null);
  // Undefined until a page is loaded here: until then the server's page says where the next one starts, and what is after it.
  const [loadedLater, setLoadedLater] = useState<{ cursor: string | null; leftOut: LeftOut }>();
  const { cursor, leftOut } = loadedLater ?? { cursor: thread.nextCursor, leftOut: thread.laterLeftOut };
  const [loading, startLoading] = useTransition();
  // The last page asked for did not come: the button offers it again.
  const [loadFailed, setLoadFailed] = useState(false);

  // Comments this page loaded or sent itself are not in the page the server sends again.
  const forget = useCallback((commentId: string) => {
    setLoaded((nodes) => {
      const replied = nodes.some((node) => node.parentId === commentId);
      return nodes.flatMap((node) => {
        if (node.id !== commentId) return [node];
        return replied ? [{ ...node, state: "deleted" as const, text: "", author: null }] : [];
      });
    });
    setSent((comments) => comments.filter((comment) => comment.id !== commentId));
  }, []);

  const listed = [...thread.nodes, ...loaded];
  const listedIds = new Set(listed.map((node) => node.id));
  const nodes = [...listed, ...sent.filter((comment) => !listedIds.has(comment.id)).map((comment) => toNode(comment, 1))];
  const tree = {
    postId,
    byParent: byParentOf(nodes),
    sentIds: new Set(sent.map((comment) => comment.id)),
    newestSentId: sent.at(-1)?.id ?? null,
    firstLoadedId,
    // Until a comment is sent from here, which then takes the focus instead.
    landingId: state === null && !justSent ? (thread.firstNewId ?? null) : null,
    onDeleted: forget,
    ...viewer,
  };

  function loadMore() {
    if (!cursor || loading) return;
    startLoading(async () => {
      setLoadFailed(false);
      const next = await answerOrNull(() => loadMoreComments(postId, rootId, cursor));
      if (!next) return setLoadFailed(true);
      setLoaded((shown) => [...shown, ...next.nodes]);
      setFirstLoadedId(next.nodes.find((node) => node.parentId === rootId)?.id ?? null);
      setLoadedLater({ cursor: next.nextCursor, leftOut: next.laterLeftOut });
    });
  }

  const scripted = useScriptsRunning();
  const moreClass = "thread-more";
  const moreLabel = root ? "More replies" : "More comments";
  const firstLevel = (
    <>
      {says && state === null && <FocusedStatus className="my-2">{says === "removed" ? "Comment removed." : "Comment deleted."}</FocusedStatus>}
      {thread.earlierLeftOut && (
        <Link href={root ? commentHref(postId, root.id) : postCommentsHref(postId)} className={moreClass}>
          Earlier {root ? "replies" : "comments"} are not shown: read from the first
        </Link>
      )}
      <div aria-busy={loading} id={root ? "replies" : undefined}>
        <CommentBranch {...tree} parentId={rootId} depth={1} label={root ? "Replies" : "Comments"} />
        {!root && nodes.length === 0 && (
          <p className="py-4 text-zinc-600 dark:text-zinc-400">
            {hiddenByOwnLists ? "The comments here are from accounts you muted or blocked, so they are hidden." : "No comments yet. Start the conversation."}
          </p>
        )}
      </div>
      {cursor && (
        <MoreUnshown leftOut={leftOut} listed={tree.byParent.get(rootId)}>
          {scripted ? (
            // With script, a button: it adds to this page rather than going to another.
            <>
              {loadFailed && <LoadFailedMessage what={root ? "More replies" : "More comments"} />}
              <button type="button" onClick={loadMore} className={moreClass}>
                {loading ? "Loading…" : loadFailed ? "Try again" : moreLabel}
              </button>
            </>
          ) : (
            <Link href={root ? commentHref(postId, root.id, cursor) : postCommentsHref(postId, cursor)} prefetch={false} className={moreClass}>
              {moreLabel}
            </Link>
          )}
        </MoreUnshown>
      )}
    </>
  );

  if (root) {
    return (
      <ol aria-label="Thread">
        <li aria-current="true" className="-mx-2 rounded-lg bg-amber-50 px-2 py-2 ring-1 ring-amber-300 dark:bg-amber-950 dark:ring-amber-800">
          <CommentBody postId={postId} comment={root} leavesPage {...viewer} />
          <ReplyArea
            postId={postId}
            parent={root}
            open
            focused={replying}
            viewerId={viewer.viewerId}
            justSent={justSent}
            renderSent={(reply, forgetSent) => <SentReply {...tree} reply={reply} forget={forgetSent} />}
          >
            <div className="mt-2 ml-4 border-l-2 border-zinc-200 pl-3 dark:border-zinc-800">{firstLevel}</div>
          </ReplyArea>
        </li>
      </ol>
    );
  }
  return (
    <>
      {firstLevel}
      <div className="mt-4">
        {viewer.viewerId ? <CommentForm postId={postId} state={state ?? (sentBefore && { ok: true, message: "Comment added." })} action={action} /> : signedOut}
      </div>
    </>
  );
}
