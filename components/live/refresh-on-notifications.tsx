"use client";

import { useRouter } from "next/navigation";
import { useLiveEvents } from "./live-events";

/**
 * On the notifications page: renders the page again when a notification arrives, which shows
 * the new lines (marked unread) and marks them read, as opening the page does. That read
 * sends an unread count of 0, which asks for nothing more.
 */
export function RefreshOnNotifications() {
  const router = useRouter();
  useLiveEvents((event) => {
    if (event.type === "unread" && event.unread > 0) router.refresh();
  });
  return null;
}
