import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import { StaffBadge } from "@/components/ui/staff-badge";
import type { PublicUser } from "@/lib/profiles/public-user";

const muted = "text-zinc-600 dark:text-zinc-400";

type PostBylineProps = {
  author: Pick<PublicUser, "username" | "displayName" | "role">;
  createdAt: Date;
  /** Makes the time a link to the post, as feeds do. */
  postHref?: string;
};

/** "Display Name [Staff] @username · 3 hr. ago" above a post, in feeds and in search results. */
export function PostByline({ author, createdAt, postHref }: PostBylineProps) {
  const time = <RelativeTime date={createdAt} className={muted} />;
  return (
    <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
      <Link href={`/@${author.username}`} className="font-semibold hover:underline">
        {author.displayName}
      </Link>
      <StaffBadge role={author.role} />
      <span className={muted}>@{author.username}</span>
      <span aria-hidden="true" className="text-zinc-400">
        ·
      </span>
      {postHref ? (
        <Link href={postHref} className="hover:underline">
          {time}
        </Link>
      ) : (
        time
      )}
    </header>
  );
}
