"use client";

import Link from "next/link";
import { useActionState, useCallback, useState, useSyncExternalStore, useTransition } from "react";
import { addComment } from "@/lib/comments/actions";
import { loadMoreComments } from "@/lib/comments/load-more";
import type { CommentItem, CommentThread as CommentThreadData } from "@/lib/comments/queries";
import { postCommentsHref } from "@/lib/routes";
import { CommentForm } from "./comment-form";
import { type CommentViewer, CommentList } from "./comment-list";

type CommentThreadProps = CommentViewer & {
  postId: string;
  /** The comments the server shows for this address (see listCommentThread). */
  thread: CommentThreadData;
  /** Shown instead of the form to visitors who are not signed in. */
  signedOut?: React.ReactNode;
};

const noSubscription = () => () => {};

/** False in the server's HTML and while hydrating, true once the page's script runs. */
function useScripted(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

function withoutDuplicates(comments: CommentItem[]): CommentItem[] {
  const seen = new Set<string>();
  return comments.filter((comment) => !seen.has(comment.id) && seen.add(comment.id));
}

/**
 * A post's comments, oldest first, and the form to add one. "More comments"
 * adds the next page below those shown, by script or, without it, as a link
 * to this page showing more. A comment just sent is shown at the end, marked,
 * even when the pages before it are not loaded yet.
 */
export function CommentThread({ postId, thread, signedOut, ...viewer }: CommentThreadProps) {
  const [state, action] = useActionState(addComment, null);
  const [sent, setSent] = useState<CommentItem[]>(() => (state?.ok ? [state.comment] : []));
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state?.ok) setSent((shown) => [...shown, state.comment]);
  }

  const [loaded, setLoaded] = useState<CommentItem[]>([]);
  // Undefined until a page is loaded here: until then the server's page says where the next one starts.
  const [loadedCursor, setLoadedCursor] = useState<string | null>();
  const cursor = loadedCursor === undefined ? thread.nextCursor : loadedCursor;
  const [loading, startLoading] = useTransition();

  const forget = useCallback((commentId: string) => {
    const without = (comments: CommentItem[]) =>
      comments.some((comment) => comment.id === commentId) ? comments.filter((comment) => comment.id !== commentId) : comments;
    setLoaded(without);
    setSent(without);
  }, []);

  const listed = withoutDuplicates([...thread.items, ...loaded]);
  const listedIds = new Set(listed.map((comment) => comment.id));
  const comments = [...listed, ...sent.filter((comment) => !listedIds.has(comment.id))];

  function loadMore() {
    if (!cursor || loading) return;
    startLoading(async () => {
      const next = await loadMoreComments(postId, cursor);
      setLoaded((shown) => [...shown, ...next.items]);
      setLoadedCursor(next.nextCursor);
    });
  }

  const scripted = useScripted();
  const moreClass = "mt-3 inline-block text-sm font-medium text-sky-700 underline dark:text-sky-400";
  return (
    <>
      {thread.earlierLeftOut && (
        <Link href={postCommentsHref(postId)} className="mt-2 inline-block text-sm font-medium text-sky-700 underline dark:text-sky-400">
          Earlier comments are not shown: read from the first
        </Link>
      )}
      <div aria-busy={loading}>
        <CommentList
          comments={comments}
          {...viewer}
          sentIds={new Set(sent.map((comment) => comment.id))}
          newestSentId={sent.at(-1)?.id ?? null}
          onDeleted={forget}
        />
      </div>
      {cursor &&
        (scripted ? (
          // With script, a button: it adds to this page rather than going to another.
          <button type="button" onClick={loadMore} className={moreClass}>
            {loading ? "Loading comments…" : "More comments"}
          </button>
        ) : (
          <Link href={postCommentsHref(postId, cursor)} prefetch={false} className={moreClass}>
            More comments
          </Link>
        ))}
      <div className="mt-4">{viewer.viewerId ? <CommentForm postId={postId} state={state} action={action} /> : signedOut}</div>
    </>
  );
}
