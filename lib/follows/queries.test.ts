import { beforeAll, describe, expect, it } from "vitest";
import { db, onStatement } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { createFollow, createPost, createUser } from "@/test/factories";
import { NEWCOMER_FOLLOWS, type UserPage, followsFewAccounts, listFollowSuggestions, listFollowers, listFollowing } from "./queries";

type ListPage = (userId: string, cursor: string | null, viewerId: string | null) => Promise<UserPage>;

/** Follows at `count` different moments, three per moment: ties that only the id can order. */
function timesWithTies(count: number): Date[] {
  const start = Date.parse("2026-01-01T00:00:00Z");
  return Array.from({ length: count }, (_, index) => new Date(start + Math.floor(index / 3) * 60_000));
}

async function everyPage(list: ListPage, userId: string, viewerId: string | null = null) {
  const pages: UserPage[] = [];
  let cursor: string | null = null;
  do {
    const page: UserPage = await list(userId, cursor, viewerId);
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 10);
  return pages;
}

describe("followers and following lists", () => {
  const total = 2 * PAGE_SIZE + 5;
  let star: string;
  let fans: string[];

  beforeAll(async () => {
    star = (await createUser()).id;
    fans = (await Promise.all(Array.from({ length: total }, () => createUser()))).map((user) => user.id);
    const times = timesWithTies(total);
    await db.follow.createMany({
      data: fans.flatMap((fan, index) => [
        { followerId: fan, followeeId: star, createdAt: times[index] },
        { followerId: star, followeeId: fan, createdAt: times[index] },
      ]),
    });
  });

  it.each([
    ["followers", listFollowers, "followerId"],
    ["following", listFollowing, "followeeId"],
  ] as const)("%s: pages cover everyone once, newest first, ties included", async (_label, list, listed) => {
    const pages = await everyPage(list, star);
    expect(pages.map((page) => page.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 5]);
    expect(pages.at(-1)?.nextCursor).toBeNull();

    const side = listed === "followerId" ? { followeeId: star } : { followerId: star };
    const expected = await db.follow.findMany({
      where: side,
      orderBy: [{ createdAt: "desc" }, { [listed]: "desc" }],
      select: { followerId: true, followeeId: true },
    });
    const listedIds = pages.flatMap((page) => page.items.map((user) => user.id));
    expect(listedIds).toEqual(expected.map((row) => row[listed]));
    expect(new Set(listedIds).size).toBe(total);
  });

  it("keeps its place when someone follows between two pages", async () => {
    const first = await listFollowers(star, null, null);
    const newcomer = await createUser();
    await db.follow.create({ data: { followerId: newcomer.id, followeeId: star } });
    const second = await listFollowers(star, first.nextCursor, null);
    const shown = [...first.items, ...second.items].map((user) => user.id);
    expect(shown).not.toContain(newcomer.id);
    expect(new Set(shown).size).toBe(2 * PAGE_SIZE);
    await db.follow.delete({ where: { followerId_followeeId: { followerId: newcomer.id, followeeId: star } } });
  });

  it("starts over from the first page for a cursor it did not issue", async () => {
    const first = await listFollowers(star, null, null);
    expect(await listFollowers(star, "not-a-cursor", null)).toEqual(first);
  });

  it("marks whom the viewer follows, and nobody for anonymous visitors", async () => {
    const viewer = await createUser();
    const followed = new Set(fans.filter((_, index) => index % 4 === 0));
    await db.follow.createMany({ data: [...followed].map((followeeId) => ({ followerId: viewer.id, followeeId })) });

    const listed = (await everyPage(listFollowers, star, viewer.id)).flatMap((page) => page.items);
    expect(listed.filter((user) => user.followedByViewer).map((user) => user.id).sort()).toEqual([...followed].sort());
    const anonymous = (await everyPage(listFollowers, star)).flatMap((page) => page.items);
    expect(anonymous.some((user) => user.followedByViewer)).toBe(false);
  });

  it("lists public fields only (the role decides the Staff badge)", async () => {
    const [person] = (await listFollowing(star, null, null)).items;
    expect(Object.keys(person ?? {}).sort()).toEqual(["avatarKey", "bio", "displayName", "followedByViewer", "id", "role", "username"]);
  });

  it("costs the same number of statements for one person as for a full page", async () => {
    let statements = 0;
    onStatement(() => void statements++);
    const loner = await createUser();
    await db.follow.create({ data: { followerId: fans[0]!, followeeId: loner.id } });
    const viewer = fans[1]!;

    statements = 0;
    await listFollowers(loner.id, null, viewer);
    const forOne = statements;
    statements = 0;
    await listFollowers(star, null, viewer);
    expect(statements).toBe(forOne);
    expect(forOne).toBeGreaterThan(0);
    expect(forOne).toBeLessThanOrEqual(3);
  });
});

describe("listFollowSuggestions", () => {
  it("suggests recent authors, busiest first, leaving out yourself and whom you follow", async () => {
    const [me, busy, steady, followed, silent] = await Promise.all(Array.from({ length: 5 }, () => createUser()));
    for (const author of [busy!, busy!, busy!, steady!, followed!, followed!, followed!, followed!, me!, me!, me!, me!, me!]) {
      await createPost(author.id);
    }
    await db.follow.create({ data: { followerId: me!.id, followeeId: followed!.id } });

    const suggested = (await listFollowSuggestions(me!.id)).map((user) => user.id);
    expect(suggested.slice(0, 2)).toEqual([busy!.id, steady!.id]);
    expect(suggested).not.toContain(me!.id);
    expect(suggested).not.toContain(followed!.id);
    // Someone who has never posted is not "active".
    expect(suggested).not.toContain(silent!.id);
  });

  it("works for a brand-new account and respects the limit", async () => {
    const authors = await Promise.all(Array.from({ length: 4 }, () => createUser()));
    for (const author of authors) await createPost(author.id);
    const newcomer = await createUser();

    const suggestions = await listFollowSuggestions(newcomer.id, 3);
    expect(suggestions).toHaveLength(3);
    expect(suggestions.map((user) => user.id)).not.toContain(newcomer.id);
    expect(Object.keys(suggestions[0] ?? {}).sort()).toEqual(["avatarKey", "bio", "displayName", "id", "role", "username"]);
  });
});

describe("followsFewAccounts", () => {
  it("tells a member who follows fewer than NEWCOMER_FOLLOWS accounts from one who follows that many", async () => {
    const member = await createUser();
    const followed = await Promise.all(Array.from({ length: NEWCOMER_FOLLOWS }, () => createUser()));
    for (const account of followed.slice(1)) await createFollow(member.id, account.id);
    // Their own posts on the page do not count as anyone followed.
    expect(await followsFewAccounts(member.id, [member.id, followed[1]!.id])).toBe(true);
    await createFollow(member.id, followed[0]!.id);
    expect(await followsFewAccounts(member.id, [member.id, followed[1]!.id])).toBe(false);
  });

  it("asks the database nothing when the page shows that many followed accounts already", async () => {
    const member = await createUser();
    const shown = Array.from({ length: NEWCOMER_FOLLOWS }, (_, index) => `account${index}`);
    let statements = 0;
    onStatement(() => void statements++);
    expect(await followsFewAccounts(member.id, [...shown, ...shown])).toBe(false);
    expect(statements).toBe(0);
  });
});
