import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import { StaffBadge } from "@/components/ui/staff-badge";
import type { PublicUser } from "@/lib/profiles/public-user";
import { profileHref } from "@/lib/routes";

type PostBylineProps = {
  author: Pick<PublicUser, "username" | "displayName" | "role">;
  createdAt: Date;
  /** Makes the time a link to the post, as feeds do. */
  postHref?: string;
};

/** "Display Name [Staff] @username · 3 hr. ago" above a post, in feeds and in search results; styled by .byline (globals.css). */
export function PostByline({ author, createdAt, postHref }: PostBylineProps) {
  const time = <RelativeTime date={createdAt} />;
  return (
    <header className="byline">
      <Link href={profileHref(author.username)}>
        {author.displayName}
      </Link>
      <StaffBadge role={author.role} />
      <span>{`@${author.username}`}</span>
      <span aria-hidden="true">·</span>
      {postHref ? (
        <Link href={postHref}>
          {time}
        </Link>
      ) : (
        time
      )}
    </header>
  );
}
