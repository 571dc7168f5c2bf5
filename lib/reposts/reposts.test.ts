import { beforeAll, describe, expect, it } from "vitest";
import { SIGNED_OUT_MESSAGE } from "@/lib/actions/authed";
import { db } from "@/lib/db";
import { getPost, listHomeFeed, listLatestPosts, listUserPosts } from "@/lib/posts/queries";
import { POST_GONE } from "@/lib/posts/schema";
import { createPost, createUser } from "@/test/factories";
import { request, revalidatedPaths } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { setRepost } from "./actions";
import { repostLineText } from "./repost-line";

type User = Awaited<ReturnType<typeof createUser>>;

const repost = (postId: string) => setRepost(null, form({ postId, repost: "true" }));
const undoRepost = (postId: string) => setRepost(null, form({ postId, repost: "false" }));

let reader: User;
let author: User;

beforeAll(async () => {
  [reader, author] = await Promise.all([createUser(), createUser()]);
});

describe("setRepost", () => {
  it("reposts and takes it back, idempotently, with the count, revalidating every page", async () => {
    const post = await createPost(author.id);
    await signInAs(reader.id);
    revalidatedPaths.length = 0;

    expect(await repost(post.id)).toEqual({ ok: true, reposted: true, repostCount: 1 });
    expect(await repost(post.id)).toEqual({ ok: true, reposted: true, repostCount: 1 });
    expect(await db.repost.count({ where: { postId: post.id } })).toBe(1);
    expect(revalidatedPaths).toEqual(["/", "/"]);

    expect(await undoRepost(post.id)).toEqual({ ok: true, reposted: false, repostCount: 0 });
    expect(await undoRepost(post.id)).toEqual({ ok: true, reposted: false, repostCount: 0 });
    expect(await db.repost.count({ where: { postId: post.id } })).toBe(0);
  });

  it("lets people repost their own posts, as Bluesky and Mastodon do", async () => {
    const post = await createPost(reader.id);
    await signInAs(reader.id);
    expect(await repost(post.id)).toEqual({ ok: true, reposted: true, repostCount: 1 });
  });

  it("leaves one row when the same repost arrives many times at once, and the database refuses a second", async () => {
    const post = await createPost(author.id);
    await signInAs(reader.id);
    const answers = await Promise.all(Array.from({ length: 8 }, () => repost(post.id)));
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(await db.repost.count({ where: { userId: reader.id, postId: post.id } })).toBe(1);
    await expect(db.repost.create({ data: { userId: reader.id, postId: post.id } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("answers a deleted post, or one by a suspended author, as gone and stores nothing", async () => {
    const [deleted, hidden] = await Promise.all([createPost(author.id), createPost((await createUser({ suspended: true })).id)]);
    await db.post.delete({ where: { id: deleted.id } });
    await signInAs(reader.id);
    expect(await repost(deleted.id)).toEqual({ ok: false, message: POST_GONE });
    expect(await repost(hidden.id)).toEqual({ ok: false, message: POST_GONE });
    expect(await db.repost.count({ where: { postId: { in: [deleted.id, hidden.id] } } })).toBe(0);
  });

  it("refuses a visitor", async () => {
    const post = await createPost(author.id);
    request.switchBrowser();
    expect(await repost(post.id)).toEqual({ ok: false, message: SIGNED_OUT_MESSAGE });
  });
});

describe("reposts in feeds and on cards", () => {
  it("put a followed account's repost in the home feed once, naming the reposters, newest first", async () => {
    const [viewer, ada, bruno, cleo, stranger] = await Promise.all([
      createUser(),
      createUser({ displayName: "Ada" }),
      createUser({ displayName: "Bruno" }),
      createUser({ displayName: "Cleo" }),
      createUser(),
    ]);
    await db.follow.createMany({ data: [ada, bruno, cleo].map((followee) => ({ followerId: viewer.id, followeeId: followee.id })) });
    const post = await createPost(stranger.id, { createdAt: new Date(Date.now() - 60_000) });
    const line = async () => (await listHomeFeed(viewer.id)).items.filter((item) => item.id === post.id);

    expect(await line()).toEqual([]);
    await db.repost.create({ data: { userId: ada.id, postId: post.id } });
    const [once] = await line();
    expect(once?.reposted && repostLineText(once.reposted, viewer.id)).toBe("Ada reposted");
    expect(once?.repostCount).toBe(1);

    await db.repost.create({ data: { userId: bruno.id, postId: post.id, createdAt: new Date(Date.now() + 1000) } });
    const [twice, ...more] = await line();
    expect(more).toEqual([]);
    expect(twice?.reposted && repostLineText(twice.reposted, viewer.id)).toBe("Bruno and Ada reposted");

    await db.repost.createMany({
      data: [cleo, viewer].map((who, index) => ({ userId: who.id, postId: post.id, createdAt: new Date(Date.now() + 2000 + index) })),
    });
    const [four] = await line();
    expect(four?.reposted && repostLineText(four.reposted, viewer.id)).toBe("You and 3 others reposted");
    expect(four).toMatchObject({ repostCount: 4, repostedByViewer: true });

    // Suspending Bruno hides his repost everywhere, the count included; deleting the post removes them all.
    await db.user.update({ where: { id: bruno.id }, data: { suspendedAt: new Date() } });
    expect((await line())[0]).toMatchObject({ repostCount: 3, reposted: { total: 3 } });
    expect((await getPost(post.id, null))?.repostCount).toBe(3);
    await db.post.delete({ where: { id: post.id } });
    expect(await db.repost.count({ where: { postId: post.id } })).toBe(0);
  });

  it("hide a suspended account's reposts, and reposts of its posts, from home feeds and profiles", async () => {
    const [viewer, ada, suspended] = await Promise.all([createUser(), createUser(), createUser()]);
    await db.follow.createMany({ data: [ada, suspended].map((followee) => ({ followerId: viewer.id, followeeId: followee.id })) });
    const [byStranger, bySuspended] = await Promise.all([createPost(author.id), createPost(suspended.id)]);
    await db.repost.createMany({
      data: [
        { userId: suspended.id, postId: byStranger.id },
        { userId: ada.id, postId: bySuspended.id },
      ],
    });
    await db.user.update({ where: { id: suspended.id }, data: { suspendedAt: new Date() } });
    const homeIds = (await listHomeFeed(viewer.id)).items.map((item) => item.id);
    expect(homeIds).not.toContain(byStranger.id);
    expect(homeIds).not.toContain(bySuspended.id);
    expect((await listUserPosts(ada.id, viewer.id)).items).toEqual([]);
    expect((await listUserPosts(suspended.id, null)).items).toEqual([]);
  });

  it("show a profile's reposts with the label, and count reposts on every feed's cards", async () => {
    const [ada, writer] = await Promise.all([createUser({ displayName: "Ada" }), createUser()]);
    const post = await createPost(writer.id);
    await db.repost.create({ data: { userId: ada.id, postId: post.id } });
    const [entry] = (await listUserPosts(ada.id, null)).items;
    expect(entry?.id).toBe(post.id);
    expect(entry?.reposted && repostLineText(entry.reposted, null)).toBe("Ada reposted");
    expect((await listUserPosts(writer.id, ada.id)).items[0]).toMatchObject({ id: post.id, reposted: null, repostedByViewer: true, repostCount: 1 });
    const explored = (await listLatestPosts(ada.id)).items.find((item) => item.id === post.id);
    expect(explored).toMatchObject({ repostCount: 1, repostedByViewer: true, reposted: null });
  });
});

describe("repostLineText", () => {
  const person = (id: string) => ({ id, username: id, displayName: id.toUpperCase() });
  it.each([
    { names: ["ada"], total: 1, text: "ADA reposted" },
    { names: ["ada", "bruno"], total: 2, text: "ADA and BRUNO reposted" },
    { names: ["ada", "bruno"], total: 3, text: "ADA and 2 others reposted" },
    { names: ["me", "bruno"], total: 2, text: "You and BRUNO reposted" },
    { names: ["ada", "me"], total: 2, text: "You and ADA reposted" },
    { names: ["ada", "bruno"], total: 2 + 1_000, text: "ADA and 1001 others reposted" },
  ])("says $text", ({ names, total, text }) => {
    expect(repostLineText({ names: names.map(person), total }, "me")).toBe(text);
  });
});
