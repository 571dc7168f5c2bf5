import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFollow, createUser } from "@/test/factories";
import { countUnreadNotificationsOf } from "@/lib/notifications/queries";
import { LiveHub } from "./hub";

describe("LiveHub", () => {
  it("sends a post to the connected followers only, looked up once for a burst", async () => {
    const calls: string[][] = [];
    const hub = new LiveHub({
      maxPerUser: 2,
      postBatchMs: 10,
      countUnread: countUnreadNotificationsOf,
      followersAmong: async (authors) => {
        calls.push(authors);
        const rows = await db.follow.findMany({ where: { followeeId: { in: authors } }, select: { followerId: true } });
        return rows.map((row) => row.followerId);
      },
    });
    const [author, follower, stranger] = [await createUser(), await createUser(), await createUser()];
    await createFollow(follower.id, author.id);
    const fed: string[] = [];
    for (const user of [follower, stranger]) {
      hub.add({ userId: user.id, feedChanged: () => fed.push(user.id), unread: () => {}, sessionsChanged: () => {} });
    }

    hub.receive({ kind: "posts", authorId: author.id });
    hub.receive({ kind: "posts", authorId: author.id });
    await expect.poll(() => fed).toEqual([follower.id]);
    expect(calls).toEqual([[author.id]]);
  });

  it("counts a burst of readers' notifications in a few statements, and each reader gets their own count", async () => {
    const batches: string[][] = [];
    const hub = new LiveHub({
      maxPerUser: 2,
      followersAmong: async () => [],
      countUnread: (userIds) => {
        batches.push(userIds);
        return countUnreadNotificationsOf(userIds);
      },
    });
    const author = await createUser();
    const readers = await Promise.all(Array.from({ length: 5 }, () => createUser()));
    const counts = new Map<string, number>();
    for (const reader of readers) {
      hub.add({ userId: reader.id, unread: (count) => counts.set(reader.id, count), feedChanged: () => {}, sessionsChanged: () => {} });
    }
    // Two of them are followed by the author: one unread line each.
    await createFollow(author.id, readers[0]!.id);
    await createFollow(author.id, readers[1]!.id);

    for (const reader of readers) hub.receive({ kind: "notifications", userId: reader.id });
    await expect.poll(() => counts.size).toBe(5);
    expect(batches.length).toBeLessThanOrEqual(2);
    expect(readers.map((reader) => counts.get(reader.id))).toEqual([1, 1, 0, 0, 0]);
  });
});
