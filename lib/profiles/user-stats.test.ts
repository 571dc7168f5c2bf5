import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFollow, createPost, createUser, deleteUser } from "@/test/factories";

// user_stats is kept by triggers (migration user_stats): whatever writes posts and
// follows, and however many at once, each account's row says how many it has.

type User = Awaited<ReturnType<typeof createUser>>;

/** Each account's counts as stored, next to the rows themselves. */
async function statsAndRows(userIds: string[]) {
  return Promise.all(userIds.map(async (userId) => {
    const stats = await db.userStats.findUnique({ where: { userId } });
    const [posts, followers, following] = await Promise.all([
      db.post.count({ where: { authorId: userId } }), db.follow.count({ where: { followeeId: userId } }), db.follow.count({ where: { followerId: userId } }),
    ]);
    return {
      stored: { posts: stats?.postCount ?? 0, followers: stats?.followerCount ?? 0, following: stats?.followingCount ?? 0 },
      rows: { posts, followers, following },
    };
  }));
}

async function expectStatsRight(userIds: string[]) {
  for (const { stored, rows } of await statsAndRows(userIds)) expect(stored).toEqual(rows);
}

let people: User[];
const ids = () => people.map((person) => person.id);

beforeEach(async () => {
  people = await Promise.all(Array.from({ length: 4 }, () => createUser()));
});

describe("user_stats", () => {
  it("follows posts and follows added and taken back, one at a time and many in one statement", async () => {
    const [ada, bruno, chen, dara] = people as [User, User, User, User];
    await createPost(ada.id);
    await db.post.createMany({ data: [{ authorId: ada.id, text: "two" }, { authorId: bruno.id, text: "three" }] });
    await createFollow(bruno.id, ada.id);
    await db.follow.createMany({ data: [chen, dara].map((fan) => ({ followerId: fan.id, followeeId: ada.id })) });
    await db.follow.createMany({ data: [bruno, chen].map((followee) => ({ followerId: ada.id, followeeId: followee.id })) });
    await expectStatsRight(ids());
    expect((await statsAndRows([ada.id]))[0]?.stored).toEqual({ posts: 2, followers: 3, following: 2 });

    await db.follow.deleteMany({ where: { followeeId: ada.id, followerId: { in: [bruno.id, chen.id] } } });
    await db.post.deleteMany({ where: { authorId: ada.id, text: "two" } });
    await expectStatsRight(ids());
    expect((await statsAndRows([ada.id]))[0]?.stored).toEqual({ posts: 1, followers: 1, following: 2 });
  });

  it("loses a deleted account's follows and the follows a block ends, and goes with its account", async () => {
    const [ada, bruno, chen, dara] = people as [User, User, User, User];
    for (const [follower, followee] of [[bruno, ada], [chen, ada], [dara, ada], [ada, bruno], [ada, chen], [bruno, chen]] as const) {
      await createFollow(follower.id, followee.id);
    }
    await deleteUser(dara.id);
    await db.block.create({ data: { blockerId: ada.id, blockedId: bruno.id } });
    expect(await db.follow.count({ where: { OR: [{ followerId: ada.id, followeeId: bruno.id }, { followerId: bruno.id, followeeId: ada.id }] } })).toBe(0);
    await expectStatsRight([ada.id, bruno.id, chen.id]);
    expect((await statsAndRows([ada.id]))[0]?.stored).toEqual({ posts: 0, followers: 1, following: 1 });
    expect(await db.userStats.findUnique({ where: { userId: dara.id } })).toBeNull();
  });

  it("counts every one of many follows sent at once, both ways between the same accounts, without a deadlock", async () => {
    const crowd = await Promise.all(Array.from({ length: 12 }, () => createUser()));
    const everyone = [...people, ...crowd];
    // Each pair follows both ways at the same moment: each statement locks both accounts' rows.
    await Promise.all(everyone.flatMap((person, index) => {
      const next = everyone[(index + 1) % everyone.length]!;
      return [createFollow(person.id, next.id), createFollow(next.id, person.id)];
    }));
    await expectStatsRight(everyone.map((person) => person.id));
    expect((await statsAndRows([people[0]!.id]))[0]?.stored).toEqual({ posts: 0, followers: 2, following: 2 });

    await Promise.all(everyone.map((person) => db.follow.deleteMany({ where: { followerId: person.id } })));
    await expectStatsRight(everyone.map((person) => person.id));
  });

  it("lets an account go while those it follows and those who follow it follow each other", { timeout: 60_000 }, async () => {
    for (let round = 0; round < 6; round++) {
      const [leaving, ...others] = await Promise.all(Array.from({ length: 9 }, () => createUser()));
      const [fans, idols] = [others.slice(0, 4), others.slice(4)];
      await db.follow.createMany({
        data: [...fans.map((fan) => ({ followerId: fan.id, followeeId: leaving!.id })), ...idols.map((idol) => ({ followerId: leaving!.id, followeeId: idol.id }))],
      });
      // The deletion ends both sides' follows, one statement each; each new follow locks two of the same rows.
      const changes = [deleteUser(leaving!.id), ...fans.flatMap((fan) => idols.flatMap((idol) => [createFollow(fan.id, idol.id), createFollow(idol.id, fan.id)]))];
      const failures = (await Promise.allSettled(changes)).flatMap((result) => (result.status === "rejected" ? [String(result.reason)] : []));
      expect(failures).toEqual([]);
      await expectStatsRight(others.map((person) => person.id));
    }
  });
});
