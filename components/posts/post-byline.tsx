import { IntentLink } from "@/components/ui/intent-link";
import { RelativeTime } from "@/components/ui/relative-time";
import { StaffBadge } from "@/components/ui/staff-badge";
import type { PublicUser } from "@/lib/profiles/public-user";
import { postHistoryHref, postHref, profileHref } from "@/lib/routes";

type PostBylineProps = {
  author: Pick<PublicUser, "username" | "displayName" | "role">;
  createdAt: Date;
  /** When the post was last edited: the byline says "edited", with the time on hover. */
  editedAt?: Date | null;
  /** Makes the time a link to the post and "edited" a link to its history, as feeds do. */
  postId?: string;
};

/** "Display Name [Staff] @username · 3 h · edited" above a post, in feeds and in search results; styled by .byline (globals.css). */
export function PostByline({ author, createdAt, editedAt, postId }: PostBylineProps) {
  const time = <RelativeTime date={createdAt} />;
  const edited = editedAt && (
    <RelativeTime date={editedAt} titlePrefix="Edited ">
      edited
    </RelativeTime>
  );
  return (
    <header className="byline">
      <IntentLink href={profileHref(author.username)}>
        {author.displayName}
      </IntentLink>
      <StaffBadge role={author.role} />
      {/* Followed by a "·" that .byline draws before the time (globals.css). */}
      <span>{`@${author.username}`}</span>
      {postId ? <IntentLink href={postHref(postId)}>{time}</IntentLink> : time}
      {edited && <span aria-hidden="true">·</span>}
      {edited && postId ? (
        <IntentLink href={postHistoryHref(postId)} aria-label="Edited: see earlier versions">
          {edited}
        </IntentLink>
      ) : (
        edited
      )}
    </header>
  );
}
