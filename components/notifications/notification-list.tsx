import Link from "next/link";
import type { NotificationPage } from "@/lib/notifications/queries";
import type { NotificationFilter } from "@/lib/notifications/schema";
import { notificationsHref } from "@/lib/routes";
import { NotificationLine } from "./notification-line";
import { emptyStateStyle } from "@/components/ui/empty-state";

const EMPTY: Record<NotificationFilter, string> = {
  all: "Nothing yet. When someone follows or mentions you, or likes, reposts, quotes or comments on your posts, you will see it here.",
  mentions: "No mentions yet. When someone mentions you, you will see it here.",
};

/** A page of notifications, and a plain link to the older ones (keyset cursor). */
export function NotificationList({ page, filter, username }: { page: NotificationPage; filter: NotificationFilter; username: string }) {
  if (page.items.length === 0) {
    return (
      <p className={emptyStateStyle}>
        {EMPTY[filter]}
      </p>
    );
  }
  return (
    <>
      <ul aria-label="Notifications">
        {page.items.map((notification) => (
          <NotificationLine key={notification.id} notification={notification} username={username} />
        ))}
      </ul>
      {page.nextCursor ? (
        <nav aria-label="Pagination" className="mt-6 text-center">
          <Link
            href={notificationsHref(filter, page.nextCursor)}
            prefetch={false}
            className="page-link"
          >
            Older notifications
          </Link>
        </nav>
      ) : (
        <p className="mt-6 text-center text-sm text-zinc-600 dark:text-zinc-400">You’re all caught up.</p>
      )}
    </>
  );
}
