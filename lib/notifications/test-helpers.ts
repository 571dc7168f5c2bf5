import { db } from "@/lib/db";
import { type NotificationPage, listNotifications } from "./queries";

// Shared by the notification tests: what a person's page and their stored groups hold.

/** The first page of `userId`'s notifications (All), without marking anything read. */
export function firstPage(userId: string, readAt: Date | null = null): Promise<NotificationPage> {
  return listNotifications(userId, "all", { readAt });
}

/** `userId`'s stored groups, as (kind, target, count) rows, for what the triggers wrote. */
export async function storedGroups(userId: string) {
  const rows = await db.notificationGroup.findMany({
    where: { recipientId: userId },
    orderBy: [{ latestAt: "desc" }, { id: "desc" }],
    select: { kind: true, targetId: true, actorCount: true },
  });
  return rows;
}

/** A like at a given time (the factories' likes are "now"), to place it on another day. */
export function likeAt(userId: string, postId: string, createdAt: Date) {
  return db.like.create({ data: { userId, postId, createdAt } });
}
