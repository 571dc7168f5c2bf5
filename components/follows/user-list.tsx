import { IntentLink } from "@/components/ui/intent-link";
import type { ListedUser } from "@/lib/follows/queries";
import { UserListItem } from "./user-list-item";
import { emptyStateStyle } from "@/components/ui/empty-state";

type UserListProps = {
  users: ListedUser[];
  viewerId: string | null;
  /** Names the list for screen readers, e.g. "Followers". */
  label: string;
  empty: React.ReactNode;
  /** The next page as a plain link (`?cursor=`), or null on the last page. */
  moreHref: string | null;
};

export function UserList({ users, viewerId, label, empty, moreHref }: UserListProps) {
  if (users.length === 0) {
    return (
      <div className={emptyStateStyle}>
        {empty}
      </div>
    );
  }
  return (
    <>
      <ul aria-label={label}>
        {users.map((user) => (
          <UserListItem key={user.id} user={user} viewerId={viewerId} />
        ))}
      </ul>
      {moreHref && (
        <nav aria-label="Pagination" className="mt-6 text-center">
          <IntentLink
            href={moreHref}
            className="page-link"
          >
            More people
          </IntentLink>
        </nav>
      )}
    </>
  );
}
