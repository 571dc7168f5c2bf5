import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFollow, createUser } from "@/test/factories";
import { LiveHub } from "./hub";

describe("LiveHub", () => {
  it("sends a post to the connected followers only, looked up once for a burst", async () => {
    const calls: string[][] = [];
    const hub = new LiveHub({
      maxPerUser: 2,
      postBatchMs: 10,
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
      hub.add({ userId: user.id, feedChanged: () => fed.push(user.id), notificationsChanged: () => {}, sessionsChanged: () => {} });
    }

    hub.receive({ kind: "posts", authorId: author.id });
    hub.receive({ kind: "posts", authorId: author.id });
    await expect.poll(() => fed).toEqual([follower.id]);
    expect(calls).toEqual([[author.id]]);
  });
});
