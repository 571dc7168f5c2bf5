"use client";

import Link from "next/link";
import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import { addComment } from "@/lib/comments/actions";
import type { CommentItem } from "@/lib/comments/queries";
import type { CommentNode } from "@/lib/comments/tree-shape";
import { commentReplyHref } from "@/lib/routes";
import { answerInPage } from "@/components/ui/answered-in-page";
import { cancelLinkStyle } from "@/components/ui/confirm-form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useScriptsRunning } from "@/components/ui/use-scripts-running";
import { forgetDraft } from "@/components/ui/use-counted-text";
import { CommentTextField } from "./comment-text-field";
import { useFormAction } from "@/components/ui/unanswered-request";

type ReplyAreaProps = {
  postId: string;
  viewerId: string | null;
  parent: CommentNode;
  /** Shows the form at once (the page rooted at this comment). */
  open?: boolean;
  /** The page was opened by Reply (commentReplyHref): the open form's box takes the focus. */
  focused?: boolean;
  /** The comment's replies as the thread shows them. */
  children?: React.ReactNode;
  /** A reply sent from here, as the thread shows a comment; `forget` takes it off this list once it is deleted. */
  renderSent: (reply: CommentNode, forget: (commentId: string) => void) => React.ReactNode;
  /** A reply just sent from here without JavaScript, which the page was sent back to show (commentSentHref). */
  justSent?: CommentItem | null;
};

/** Brings the comment or reply just sent into view, once, when JavaScript shows it. */
export function showSent(element: HTMLLIElement | null) {
  element?.scrollIntoView({ block: "center" });
  element?.focus({ preventScroll: true });
}

const NO_IDS: ReadonlySet<string> = new Set();
const SentHere = createContext(NO_IDS);

/**
 * The replies sent from the nearest reply form above: shown, marked, below
 * that comment's replies, so its list of replies leaves them out.
 */
export function useRepliesSentHere(): ReadonlySet<string> {
  return useContext(SentHere);
}

export function toNode({ mentions, ...comment }: CommentItem, depth: number): CommentNode {
  const mentioned = mentions.map((mention) => mention.user.username);
  return { ...comment, depth, state: "shown", hasReplies: false, moreReplies: false, mentioned };
}

/**
 * "Reply" under a comment, and the replies sent from it, marked, below the
 * comment's other replies (also once the thread lists them itself). "Reply" leads to
 * the comment's own page, where the form is open, so it works without
 * JavaScript; with it, the form opens in place. (A form under every comment
 * would weigh on every post page.)
 */
export function ReplyArea({ postId, parent, open = false, focused = false, children, renderSent, viewerId, justSent = null }: ReplyAreaProps) {
  const [state, action] = useFormAction(addComment, null);
  const [sent, setSent] = useState<CommentItem[]>(() => (state?.ok ? [state.comment] : justSent ? [justSent] : []));
  const [answered, setAnswered] = useState(state);
  const [opened, setOpened] = useState(false);
  // A refusal comes back holding what was sent, in an open form, until Cancel closes it.
  const [cancelledAnswer, setCancelledAnswer] = useState<typeof state>(null);
  if (state !== answered) {
    setAnswered(state);
    if (state?.ok) {
      setSent((shown) => [...shown, state.comment]);
      setOpened(false);
    }
  }
  // What the form shows of the last answer: nothing once Cancel closed it.
  const answer = state === cancelledAnswer ? null : state;
  const formOpen = open || opened || (answer !== null && !answer.ok);
  const scripted = useScriptsRunning();
  // Back from Cancel: focus returns to the Reply that opened the form.
  const reply = useRef<HTMLAnchorElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    if (formOpen || !cancelled.current) return;
    cancelled.current = false;
    reply.current?.focus();
  }, [formOpen]);
  // Opened in place, the box closes in place (with JavaScript); the comment's own page keeps its form.
  const closable = !open && scripted;
  // Cancel discards what was typed. Escape, which a hand may press by mistake, closes the box
  // and keeps the text (useCountedText's draft) for the next Reply here.
  function close({ discard }: { discard: boolean }) {
    if (discard) forgetDraft(`reply:${parent.id}`);
    cancelled.current = true;
    setOpened(false);
    setCancelledAnswer(state);
  }
  const forget = useCallback((commentId: string) => setSent((shown) => shown.filter((comment) => comment.id !== commentId)), []);
  const newest = sent.at(-1)?.id;
  const author = parent.author?.displayName;
  return (
    <>
      {viewerId && parent.state === "shown" && !formOpen && (
        <Link
          ref={reply}
          href={commentReplyHref(postId, parent.id)}
          onClick={(event) => {
            answerInPage(event);
            setOpened(true);
          }}
          // Styled as the link right after a comment (.comment + a, app/styles/comments.css): no class under every comment.
          aria-label={author ? `Reply to ${author}` : "Reply"}
        >
          Reply
        </Link>
      )}
      {viewerId && parent.state === "shown" && formOpen && (
        <form
          action={action}
          key={JSON.stringify(answer)}
          // Escape closes a box opened in place, as Cancel does, but keeps what was typed.
          onKeyDown={(event) => {
            if (event.key === "Escape" && closable) close({ discard: false });
          }}
          className="mt-2 ml-11 space-y-2"
          noValidate
        >
          <FormMessage state={answer?.ok ? null : answer} />
          <input type="hidden" name="postId" value={postId} />
          <input type="hidden" name="parentId" value={parent.id} />
          <CommentTextField
            label={author ? `Reply to ${author}` : "Your reply"}
            id={`reply-text-${parent.id}`}
            state={answer}
            autoFocus={opened || (focused && !answer?.ok)}
            draftKey={`reply:${parent.id}`}
          />
          <div className="flex items-center gap-3">
            <SubmitButton pendingText="Sending…">Reply</SubmitButton>
            {closable && (
              <button type="button" onClick={() => close({ discard: true })} className={cancelLinkStyle}>
                Cancel
              </button>
            )}
          </div>
        </form>
      )}
      <SentHere value={new Set(sent.map((comment) => comment.id))}>{children}</SentHere>
      {sent.length > 0 && (
        <ol aria-label="Your replies" className="replies">
          {sent.map((comment) => (
            <li
              key={comment.id}
              className="-mx-2 rounded-lg bg-sky-50 px-2 py-2 dark:bg-sky-950"
              // Without JavaScript the browser focuses (and scrolls to) the reply just sent.
              tabIndex={comment.id === newest ? -1 : undefined}
              autoFocus={comment.id === newest}
              ref={comment.id === newest ? showSent : undefined}
            >
              {renderSent(toNode(comment, parent.depth + 1), forget)}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
