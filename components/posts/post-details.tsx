import Link from "next/link";
import { FullTimestamp } from "@/components/ui/full-timestamp";
import { RelativeTime } from "@/components/ui/relative-time";
import { postEditHref, postHistoryHref } from "@/lib/routes";

type PostDetailsProps = { postId: string; createdAt: Date; editedAt: Date | null; viewerIsAuthor: boolean };

/** Under a post on its own page: "3:04 PM · Dec 1, 2026", whether it was edited (a link to its history; when, on hover), and for its author, "Edit". */
export function PostDetails({ postId, createdAt, editedAt, viewerIsAuthor }: PostDetailsProps) {
  return (
    <p className="post-details">
      <FullTimestamp date={createdAt} />
      {editedAt && (
        <>
          <span aria-hidden="true">·</span>
          <Link href={postHistoryHref(postId)} className="text-link">
            <RelativeTime date={editedAt} titlePrefix="Edited ">
              Edited
            </RelativeTime>
          </Link>
        </>
      )}
      {viewerIsAuthor && (
        <>
          <span aria-hidden="true">·</span>
          <Link href={postEditHref(postId)} className="text-link">
            Edit post
          </Link>
        </>
      )}
    </p>
  );
}
