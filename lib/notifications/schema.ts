import { z } from "zod";

/** The kinds of notification about someone's action: their lines name who did it. */
export const ACTION_KINDS = ["follow", "like", "comment", "reply", "mention", "repost", "quote"] as const;
export type ActionKindName = (typeof ACTION_KINDS)[number];

/**
 * The kinds of notification_kind (migration 20261201140400_notifications), as the database spells
 * them: the actions', a moderator's removal of the reader's post or comment (migration
 * 20261207200100_notify_removals) and the outcome of the reader's report (migration
 * 20261208000100_notify_report_outcomes), which name no one.
 */
export const NOTIFICATION_KINDS = [...ACTION_KINDS, "removal", "report_outcome"] as const;
export type NotificationKindName = (typeof NOTIFICATION_KINDS)[number];

/** The page's tabs: everything, or the lines whose post or comment names the reader (queries.ts `tabSql`). */
export const NOTIFICATION_FILTERS = ["all", "mentions"] as const;
export type NotificationFilter = (typeof NOTIFICATION_FILTERS)[number];

/** `?filter=` as typed: anything but a known tab is the first one. */
export function filterParam(searchParams: Record<string, string | string[] | undefined>): NotificationFilter {
  const parsed = z.enum(NOTIFICATION_FILTERS).safeParse(searchParams.filter);
  return parsed.success ? parsed.data : "all";
}

/** The unread count as the bell shows it: at most "99+". */
export const UNREAD_SHOWN_MAX = 99;

export function unreadLabel(count: number): string {
  return count > UNREAD_SHOWN_MAX ? `${UNREAD_SHOWN_MAX}+` : String(count);
}
