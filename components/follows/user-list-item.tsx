import { Avatar } from "@/components/ui/avatar";
import { PersonSummary } from "@/components/profiles/person-summary";
import type { ListedUser } from "@/lib/follows/queries";
import { personAnchor } from "@/lib/routes";
import { FollowButton } from "./follow-button";

type UserListItemProps = { user: ListedUser; viewerId: string | null };

/** One person in a list: picture, names and bio, and a follow button for signed-in viewers other than them. */
export function UserListItem({ user, viewerId }: UserListItemProps) {
  return (
    <li id={personAnchor(user.id)} className="flex items-start gap-3 border-b border-zinc-200 py-3 dark:border-zinc-800">
      <Avatar user={user} size={48} />
      <PersonSummary person={user} />
      {viewerId && viewerId !== user.id && (
        <FollowButton userId={user.id} username={user.username} following={user.followedByViewer} />
      )}
    </li>
  );
}
