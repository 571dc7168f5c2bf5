"use client";

import { usePathname } from "next/navigation";
import { useState } from "react";
import { useLiveEvents } from "@/components/live/live-events";
import { unreadLabel } from "@/lib/notifications/schema";
import { NOTIFICATIONS_PATH } from "@/lib/routes";
import { isCurrentPath } from "./current-path";
import { NavIcon } from "./nav-icons";

/**
 * The bell with the unread count ("99+" at most), for the header and the tab bar. Opening
 * the notifications page marks them read, but the layout holding the bell is not rendered
 * again on a client-side navigation: so the count is hidden there, and stays hidden after
 * leaving until the server sends another. The server's render does the same without JavaScript.
 * With JavaScript, the live stream's count replaces it as soon as the notifications change.
 */
export function NotificationBell({ unread }: { unread: number }) {
  const onPage = isCurrentPath(usePathname(), NOTIFICATIONS_PATH);
  const [readCount, setReadCount] = useState<number | null>(null);
  if (onPage && readCount !== unread) setReadCount(unread);
  // The live count, until the server renders the layout again (a new `unread` wins then).
  const [live, setLive] = useState<{ unread: number; rendered: number } | null>(null);
  useLiveEvents((event) => {
    if (event.type === "unread") setLive({ unread: event.unread, rendered: unread });
  });
  const liveUnread = live?.rendered === unread ? live.unread : null;
  const shown = onPage ? 0 : (liveUnread ?? (readCount === unread ? 0 : unread));
  return (
    <span className="relative flex">
      <NavIcon name="bell" />
      {shown > 0 && (
        <span className="unread-badge">
          {unreadLabel(shown)}
          <span className="sr-only"> unread</span>
        </span>
      )}
    </span>
  );
}
