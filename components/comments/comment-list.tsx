import Link from "next/link";
import { PostText } from "@/components/posts/post-text";
import { Avatar } from "@/components/ui/avatar";
import { RelativeTime } from "@/components/ui/relative-time";
import { StaffBadge } from "@/components/ui/staff-badge";
import type { CommentItem } from "@/lib/comments/queries";
import { DeleteCommentButton } from "./delete-comment-button";
import { profileHref } from "@/lib/routes";

type CommentListProps = {
  comments: CommentItem[];
  viewerId: string | null;
  viewerIsAdmin: boolean;
  postAuthorId: string;
  moreHref: string | null;
};

/** A post's comments; their authors and the post's author may delete them, admins remove any. */
export function CommentList({ comments, viewerId, viewerIsAdmin, postAuthorId, moreHref }: CommentListProps) {
  // "Delete" for the comment's author and the post's author; "Remove" for an admin.
  const ownedByViewer = (comment: CommentItem) =>
    viewerId !== null && (viewerId === comment.author.id || viewerId === postAuthorId);
  if (comments.length === 0) {
    return <p className="py-4 text-zinc-600 dark:text-zinc-400">No comments yet. Start the conversation.</p>;
  }
  return (
    <>
      <ol className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {comments.map((comment) => (
          <li key={comment.id} className="flex gap-3 py-3">
            <Avatar user={comment.author} size={32} />
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <Link href={profileHref(comment.author.username)} className="font-semibold hover:underline">
                  {comment.author.displayName}
                </Link>
                <StaffBadge role={comment.author.role} />
                <RelativeTime date={comment.createdAt} className="text-zinc-600 dark:text-zinc-400" />
                {(ownedByViewer(comment) || viewerIsAdmin) && (
                  <DeleteCommentButton commentId={comment.id} asModerator={!ownedByViewer(comment)} />
                )}
              </div>
              <PostText text={comment.text} />
            </div>
          </li>
        ))}
      </ol>
      {moreHref && (
        <Link href={moreHref} className="mt-3 inline-block text-sm font-medium text-sky-700 underline dark:text-sky-400">
          More comments
        </Link>
      )}
    </>
  );
}
