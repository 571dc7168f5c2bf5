import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { StaffBadge } from "@/components/ui/staff-badge";
import type { ListedUser } from "@/lib/follows/queries";
import { FollowButton } from "./follow-button";

type UserListItemProps = { user: ListedUser; viewerId: string | null };

/** One person in a list: picture, names and bio, and a follow button for signed-in viewers other than them. */
export function UserListItem({ user, viewerId }: UserListItemProps) {
  return (
    <li className="flex items-start gap-3 border-b border-zinc-200 py-3 dark:border-zinc-800">
      <Avatar user={user} size={48} />
      <div className="min-w-0 flex-1">
        <div className="flex items-start gap-1.5">
          <Link href={`/@${user.username}`} className="group block min-w-0 rounded">
            <span className="block truncate font-semibold group-hover:underline">{user.displayName}</span>
            <span className="block truncate text-sm text-zinc-600 dark:text-zinc-400">@{user.username}</span>
          </Link>
          <StaffBadge role={user.role} />
        </div>
        {user.bio && <p className="mt-1 line-clamp-2 break-words text-sm">{user.bio}</p>}
      </div>
      {viewerId && viewerId !== user.id && (
        <FollowButton userId={user.id} username={user.username} following={user.followedByViewer} />
      )}
    </li>
  );
}
