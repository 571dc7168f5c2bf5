import type { Metadata } from "next";
import Link from "next/link";
import { RefreshOnNotifications } from "@/components/live/refresh-on-notifications";
import { NotificationList } from "@/components/notifications/notification-list";
import { forgetKeptSessionsOf, requireUser } from "@/lib/auth/current-user";
import { listNotifications, notificationsReadAt } from "@/lib/notifications/queries";
import { type NotificationFilter, filterParam } from "@/lib/notifications/schema";
import { markNotificationsRead } from "@/lib/notifications/service";
import { cursorParam } from "@/lib/pagination/cursor";
import { notificationsHref } from "@/lib/routes";

export const metadata: Metadata = { title: "Notifications" };

const TABS: { filter: NotificationFilter; label: string }[] = [
  { filter: "all", label: "All" },
  { filter: "mentions", label: "Mentions" },
];

/**
 * The signed-in person's notifications, newest first. Opening the first page of All marks them
 * all read, and marks the ones that were unread on it. Mentions marks its unread lines and moves
 * nothing, since it does not show the rest; neither does an older page (?cursor=).
 */
export default async function NotificationsPage({ searchParams }: PageProps<"/notifications">) {
  const params = await searchParams;
  const filter = filterParam(params);
  const cursorToken = cursorParam(params);
  const viewer = await requireUser(notificationsHref(filter));
  const readAt = cursorToken ? null : filter === "all" ? await markNotificationsRead(viewer.id) : await notificationsReadAt(viewer.id);
  // The bell of the next page counts from 0, in this process too, before the read mark's signal arrives.
  if (readAt && filter === "all") forgetKeptSessionsOf(viewer.id);
  const page = await listNotifications(viewer.id, filter, { cursorToken, readAt });
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Notifications</h1>
      <nav aria-label="Notification filters" className="notification-tabs">
        {TABS.map((tab) => (
          <Link key={tab.filter} href={notificationsHref(tab.filter)} prefetch={false} aria-current={tab.filter === filter ? "page" : undefined} className="view-tab px-3">
            {tab.label}
          </Link>
        ))}
      </nav>
      <NotificationList page={page} filter={filter} username={viewer.username} />
      {/* New lines arrive on the first page only. */}
      {!cursorToken && <RefreshOnNotifications />}
    </>
  );
}
