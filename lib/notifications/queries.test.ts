import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createComment, createPost, createUser } from "@/test/factories";
import { countUnreadNotifications, listNotifications } from "./queries";
import { markNotificationsRead } from "./service";
import { firstPage, likeAt } from "./test-helpers";

type User = Awaited<ReturnType<typeof createUser>>;
let reader: User;
let ada: User;
let bruno: User;

beforeEach(async () => {
  [reader, ada, bruno] = await Promise.all([createUser(), createUser({ displayName: "Ada" }), createUser({ displayName: "Bruno" })]);
});

const follow = (follower: User, followee: User) => db.follow.create({ data: { followerId: follower.id, followeeId: followee.id } });
const suspend = (user: User) => db.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });

describe("the unread count", () => {
  it("counts groups changed since the last visit, and opening the page clears it", async () => {
    const post = await createPost(reader.id);
    await follow(ada, reader);
    await follow(bruno, reader);
    await likeAt(ada.id, post.id, new Date());
    await createComment(post.id, bruno.id);
    expect(await countUnreadNotifications(reader.id)).toBe(3);

    const before = await db.user.findUniqueOrThrow({ where: { id: reader.id }, select: { notificationsReadAt: true } });
    expect(await markNotificationsRead(reader.id)).toEqual(before.notificationsReadAt);
    expect(await countUnreadNotifications(reader.id)).toBe(0);
    // Nothing new: nothing written, and nothing is unread.
    expect(await markNotificationsRead(reader.id)).toBeNull();

    // A new like joins the read group of today, which is unread again.
    await db.like.create({ data: { userId: bruno.id, postId: post.id } });
    expect(await countUnreadNotifications(reader.id)).toBe(1);
  });

  it("stops at one more than the bell shows", async () => {
    const posts = await Promise.all(Array.from({ length: 105 }, () => createPost(reader.id)));
    await db.like.createMany({ data: posts.map((post) => ({ userId: ada.id, postId: post.id })) });
    expect(await countUnreadNotifications(reader.id)).toBe(100);
  });
});

describe("the page", () => {
  it("marks what was unread at the visit, newest first", async () => {
    await follow(ada, reader);
    const readAt = await markNotificationsRead(reader.id);
    expect(readAt).not.toBeNull();
    const post = await createPost(reader.id);
    await createComment(post.id, bruno.id, { text: "New!" });
    const previous = (await db.user.findUniqueOrThrow({ where: { id: reader.id } })).notificationsReadAt;
    await markNotificationsRead(reader.id);
    const page = await firstPage(reader.id, previous);
    expect(page.items.map((line) => [line.kind, line.unread])).toEqual([
      ["comment", true],
      ["follow", false],
    ]);
  });

  it("pages by keyset without duplicates or gaps", async () => {
    const posts = await Promise.all(Array.from({ length: 45 }, (_, n) => createPost(reader.id, { text: `Post ${n}` })));
    for (const [n, post] of posts.entries()) await likeAt(ada.id, post.id, new Date(Date.now() - n * 1000));
    const seen: string[] = [];
    let cursorToken: string | null = null;
    do {
      const page = await listNotifications(reader.id, "all", { cursorToken, readAt: null });
      seen.push(...page.items.map((line) => line.postText ?? ""));
      cursorToken = page.nextCursor;
    } while (cursorToken);
    expect(seen).toEqual(posts.map((post) => post.text));
  });

  it("lists only mentions under Mentions, in posts and comments, newest first", async () => {
    await follow(ada, reader);
    expect(await listNotifications(reader.id, "mentions", { readAt: null })).toEqual({ items: [], nextCursor: null });
    const post = await createPost(ada.id, { text: `Hello @${reader.username}` });
    await db.like.create({ data: { userId: ada.id, postId: (await createPost(reader.id)).id } });
    const comment = await createComment(post.id, bruno.id, { text: `Yes, hello @${reader.username}` });
    const mentions = await listNotifications(reader.id, "mentions", { readAt: null });
    expect(mentions.items.map((line) => [line.kind, line.actors[0]!.displayName, line.postId, line.commentId])).toEqual([
      ["mention", "Bruno", post.id, comment.id],
      ["mention", "Ada", post.id, null],
    ]);
    expect((await firstPage(reader.id)).items.map((line) => line.kind)).toEqual(["mention", "like", "mention", "follow"]);
  });
});

describe("suspended accounts", () => {
  it("are neither named nor counted, and a line of theirs alone is gone, until restored", async () => {
    const post = await createPost(reader.id);
    const carol = await createUser({ displayName: "Carol" });
    for (const fan of [ada, bruno, carol]) await db.like.create({ data: { userId: fan.id, postId: post.id } });
    await createComment(post.id, carol.id, { text: "Hidden soon" });
    await follow(carol, reader);
    await suspend(carol);

    const lines = (await firstPage(reader.id)).items;
    expect(lines.map((line) => [line.kind, line.actorCount, line.actors.map((actor) => actor.displayName)])).toEqual([
      ["like", 2, ["Bruno", "Ada"]],
    ]);
    expect(await countUnreadNotifications(reader.id)).toBe(1);

    await db.user.update({ where: { id: carol.id }, data: { suspendedAt: null } });
    expect((await firstPage(reader.id)).items.map((line) => line.kind)).toEqual(["follow", "comment", "like"]);
  });
});

describe("whose notifications", () => {
  it("each person reads and marks only their own", async () => {
    const post = await createPost(reader.id);
    await db.like.create({ data: { userId: ada.id, postId: post.id } });
    await follow(reader, ada);
    expect((await firstPage(reader.id)).items.map((line) => line.kind)).toEqual(["like"]);
    expect((await firstPage(ada.id)).items.map((line) => line.kind)).toEqual(["follow"]);
    // A cursor taken from someone else's page opens nothing of theirs.
    const cursor = Buffer.from(JSON.stringify([new Date(Date.now() + 60_000).toISOString(), "zzzz"])).toString("base64url");
    expect((await listNotifications(ada.id, "all", { cursorToken: cursor, readAt: null })).items.map((line) => line.kind)).toEqual(["follow"]);

    await markNotificationsRead(reader.id);
    expect(await countUnreadNotifications(reader.id)).toBe(0);
    expect(await countUnreadNotifications(ada.id)).toBe(1);
  });
});
