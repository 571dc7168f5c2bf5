"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useLiveEvents } from "./live-events";

/**
 * On the notifications page: renders the page again when a notification arrives, which shows
 * the new lines (marked unread) and marks them read, as opening the page does. That read
 * sends an unread count of 0, which asks for nothing more. A page out of view (another tab in
 * front, a minimised window) waits until it is looked at: read while no one looks, the lines
 * would never show as new, and the bell on the tab in front would never count them.
 */
export function RefreshOnNotifications() {
  const router = useRouter();
  const arrivedUnseen = useRef(false);
  useLiveEvents((event) => {
    if (event.type !== "unread" || event.unread === 0) return;
    if (document.visibilityState === "visible") router.refresh();
    else arrivedUnseen.current = true;
  });
  useEffect(() => {
    const refreshOnceSeen = () => {
      if (document.visibilityState !== "visible" || !arrivedUnseen.current) return;
      arrivedUnseen.current = false;
      router.refresh();
    };
    document.addEventListener("visibilitychange", refreshOnceSeen);
    return () => document.removeEventListener("visibilitychange", refreshOnceSeen);
  }, [router]);
  return null;
}
