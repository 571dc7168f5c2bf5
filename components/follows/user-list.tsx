import { IntentLink } from "@/components/ui/intent-link";
import type { ListedUser } from "@/lib/follows/queries";
import { KeptRows } from "./kept-rows";
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
  /** On the reader's own Following list, which page of it this is: the rows they unfollow stay (KeptRows). */
  keptRowsPage?: string;
};

export function UserList({ users, viewerId, label, empty, moreHref, keptRowsPage }: UserListProps) {
  const emptyBox = <div className={emptyStateStyle}>{empty}</div>;
  if (users.length === 0 && keptRowsPage === undefined) return emptyBox;
  return (
    <>
      {keptRowsPage === undefined ? (
        <ul aria-label={label}>
          {users.map((user) => (
            <UserListItem key={user.id} user={user} viewerId={viewerId} />
          ))}
        </ul>
      ) : (
        <KeptRows
          key={keptRowsPage}
          rows={users.map((user) => ({ key: user.id, row: <UserListItem user={user} viewerId={viewerId} /> }))}
          label={label}
          empty={emptyBox}
        />
      )}
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
