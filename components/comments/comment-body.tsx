import { removedByModerators, reportedAs } from "@/components/moderation/removed-content-message";
import { IntentLink } from "@/components/ui/intent-link";
import { Avatar } from "@/components/ui/avatar";
import { LinkedText } from "@/components/ui/linked-text";
import { RelativeTime } from "@/components/ui/relative-time";
import { StaffBadge } from "@/components/ui/staff-badge";
import type { CommentNode } from "@/lib/comments/tree-shape";
import { commentHref, profileHref, reportHref } from "@/lib/routes";
import { DeleteCommentButton } from "./delete-comment-button";

export type CommentViewer = { viewerId: string | null; viewerIsAdmin: boolean; postAuthorId: string };

type CommentBodyProps = CommentViewer & {
  postId: string;
  comment: CommentNode;
  /** Marked as the viewer's own, sent from this page. */
  sent?: boolean;
  /** Deleting it leaves this page (the thread rooted at it): go to the post. */
  leavesPage?: boolean;
  onDeleted?: (commentId: string) => void;
};

const PLACEHOLDERS = { deleted: "This comment was deleted", hidden: "This comment is unavailable" } as const;

/**
 * What a placeholder says. Its author is told moderators removed it in the words of that
 * comment's own page (RemovedContentMessage), and what everyone else reads instead.
 */
function placeholderText(comment: CommentNode): string {
  if (comment.state === "removed") return `${removedByModerators("comment")}. ${reportedAs(comment.reportedAs ?? [])}Others see “${PLACEHOLDERS.deleted}”.`;
  return PLACEHOLDERS[comment.state === "shown" ? "hidden" : comment.state];
}

/**
 * One comment: its author, when (linking to its permalink), its text, and Delete
 * for its author and the post's author (Remove for an admin). One that is gone
 * from view but keeps replies below it says so instead.
 */
export function CommentBody({ postId, comment, sent = false, leavesPage = false, onDeleted, viewerId, viewerIsAdmin, postAuthorId }: CommentBodyProps) {
  const permalink = (className?: string) => (
    // Named by the time it shows, as a card's time is: speech control says what it sees.
    <IntentLink href={commentHref(postId, comment.id)} className={className}>
      <RelativeTime date={comment.createdAt} />
    </IntentLink>
  );
  if (comment.state !== "shown" || !comment.author) {
    return (
      <p className="flex flex-wrap items-baseline gap-x-2 py-1 text-sm text-zinc-600 italic dark:text-zinc-400">
        {placeholderText(comment)}
        <span className="not-italic">{permalink("text-zinc-600 hover:underline dark:text-zinc-400")}</span>
      </p>
    );
  }
  const { author } = comment;
  // "Delete" for the comment's author and the post's author; "Remove" for an admin.
  const ownedByViewer = viewerId !== null && (viewerId === author.id || viewerId === postAuthorId);
  return (
    // Styled by .comment through its structure (app/styles/comments.css): the avatar, the byline, the text.
    <div className="comment">
      <Avatar user={author} size={32} />
      <div>
          <IntentLink href={profileHref(author.username)}>
            <bdi>{author.displayName}</bdi>
          </IntentLink>
          <StaffBadge role={author.role} />
          {/* Two people may share a display name: the handle tells them apart, as on a post's card. */}
          <span className="comment-handle">@{author.username}</span>
          {permalink()}
          {sent && <span className="text-sm font-medium text-sky-800 dark:text-sky-300">Your new {comment.parentId === null ? "comment" : "reply"}</span>}
          {(ownedByViewer || viewerIsAdmin) && (
            <DeleteCommentButton
              commentId={comment.id}
              authorUsername={author.username}
              ownComment={viewerId === author.id}
              asModerator={!ownedByViewer}
              leavesPage={leavesPage}
              onDeleted={onDeleted}
            />
          )}
          {viewerId !== null && viewerId !== author.id && (
            <IntentLink href={reportHref("comment", comment.id)} aria-label={`Report the comment by @${author.username}`}>
              Report
            </IntentLink>
          )}
      </div>
      {/* Styled as people's text by its place (.comment > p), not by PostText's class: one less on every comment. */}
      <p>
        <LinkedText text={comment.text} mentioned={comment.mentioned} />
      </p>
    </div>
  );
}
