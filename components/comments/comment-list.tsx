import Link from "next/link";
import { PostText } from "@/components/posts/post-text";
import { Avatar } from "@/components/ui/avatar";
import { RelativeTime } from "@/components/ui/relative-time";
import { StaffBadge } from "@/components/ui/staff-badge";
import type { CommentItem } from "@/lib/comments/queries";
import { DeleteCommentButton } from "./delete-comment-button";
import { profileHref } from "@/lib/routes";

export type CommentViewer = { viewerId: string | null; viewerIsAdmin: boolean; postAuthorId: string };

type CommentListProps = CommentViewer & {
  comments: CommentItem[];
  /** The viewer's own comments sent from this page: marked, and the newest brought into view. */
  sentIds?: ReadonlySet<string>;
  newestSentId?: string | null;
  onDeleted?: (commentId: string) => void;
};

/** Brings the comment just sent into view, once, when JavaScript shows it. */
function showSent(element: HTMLLIElement | null) {
  element?.scrollIntoView({ block: "center" });
  element?.focus({ preventScroll: true });
}

const NONE: ReadonlySet<string> = new Set();

/** A post's comments; their authors and the post's author may delete them, admins remove any. */
export function CommentList({ comments, viewerId, viewerIsAdmin, postAuthorId, sentIds = NONE, newestSentId = null, onDeleted }: CommentListProps) {
  // "Delete" for the comment's author and the post's author; "Remove" for an admin.
  const ownedByViewer = (comment: CommentItem) =>
    viewerId !== null && (viewerId === comment.author.id || viewerId === postAuthorId);
  if (comments.length === 0) {
    return <p className="py-4 text-zinc-600 dark:text-zinc-400">No comments yet. Start the conversation.</p>;
  }
  return (
    <ol aria-label="Comments" className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {comments.map((comment) => {
        const sent = sentIds.has(comment.id);
        const newest = comment.id === newestSentId;
        return (
          <li
            key={comment.id}
            id={`comment-${comment.id}`}
            className={`flex gap-3 py-3 ${sent ? "-mx-2 rounded-lg bg-sky-50 px-2 dark:bg-sky-950" : ""}`}
            // Without JavaScript the browser focuses (and scrolls to) the comment just sent.
            tabIndex={newest ? -1 : undefined}
            autoFocus={newest}
            ref={newest ? showSent : undefined}
          >
            <Avatar user={comment.author} size={32} />
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <Link href={profileHref(comment.author.username)} className="font-semibold hover:underline">
                  {comment.author.displayName}
                </Link>
                <StaffBadge role={comment.author.role} />
                <RelativeTime date={comment.createdAt} className="text-zinc-600 dark:text-zinc-400" />
                {sent && <span className="text-sm font-medium text-sky-800 dark:text-sky-300">Your new comment</span>}
                {(ownedByViewer(comment) || viewerIsAdmin) && (
                  <DeleteCommentButton
                    commentId={comment.id}
                    asModerator={!ownedByViewer(comment)}
                    onDeleted={onDeleted}
                  />
                )}
              </div>
              <PostText text={comment.text} mentioned={comment.mentions.map((mention) => mention.user.username)} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
