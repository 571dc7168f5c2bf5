import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";

/**
 * Marks everything `userId` has been notified of as read, and answers when they had read
 * before (so the page can mark what is new to them), or null when nothing was unread: then
 * nothing is written. Moves the mark to the newest notification rather than to now, so an
 * action whose transaction began before the visit and commits after it is not marked read.
 */
export async function markNotificationsRead(userId: string): Promise<Date | null> {
  const rows = await db.$queryRaw`
    WITH previous AS (SELECT notifications_read_at AS read_at FROM users WHERE id = ${userId} FOR UPDATE),
         newest AS (SELECT max(latest_at) AS at FROM notification_groups WHERE recipient_id = ${userId})
    UPDATE users SET notifications_read_at = newest.at
    FROM previous, newest
    WHERE users.id = ${userId} AND newest.at > previous.read_at
    RETURNING previous.read_at AS "readAt"`;
  return parseRows(z.object({ readAt: z.date() }), rows)[0]?.readAt ?? null;
}
