import { beforeEach, describe, expect, it } from "vitest";
import { addComment, deleteComment } from "@/lib/comments/service";
import { db } from "@/lib/db";
import { createComment, createPost, createUser } from "@/test/factories";
import { firstPage, likeAt, storedGroups } from "./test-helpers";

// What the triggers of migration 20261201140400_notifications write, whichever way an action
// reaches the tables: one group per post and day for likes, per day for follows, one per comment.

type User = Awaited<ReturnType<typeof createUser>>;
let author: User;
let fans: User[];

beforeEach(async () => {
  author = await createUser();
  fans = await Promise.all([1, 2, 3, 4].map((n) => createUser({ displayName: `Fan ${n}` })));
});

const like = (user: User, postId: string) => db.like.create({ data: { userId: user.id, postId } });
const unlike = (user: User, postId: string) => db.like.delete({ where: { userId_postId: { userId: user.id, postId } } });

describe("likes", () => {
  it("group per post and day, name the newest likers first and count the rest", async () => {
    const post = await createPost(author.id, { text: "Sunrise over the bay" });
    for (const fan of fans) await like(fan, post.id);
    expect(await storedGroups(author.id)).toEqual([{ kind: "LIKE", targetId: post.id, actorCount: 4 }]);
    const [line] = (await firstPage(author.id)).items;
    expect(line).toMatchObject({ kind: "like", actorCount: 4, postId: post.id, postText: "Sunrise over the bay" });
    expect(line!.actors.map((actor) => actor.displayName)).toEqual(["Fan 4", "Fan 3"]);
  });

  it("start a new group on another day and never notify the author of their own like", async () => {
    const post = await createPost(author.id);
    await likeAt(fans[0]!.id, post.id, new Date(Date.now() - 2 * 86_400_000));
    await like(fans[1]!, post.id);
    await like(author, post.id);
    expect((await storedGroups(author.id)).map((group) => group.actorCount)).toEqual([1, 1]);
  });

  it("leave their group when taken back, and the group goes with the last one", async () => {
    const post = await createPost(author.id);
    await like(fans[0]!, post.id);
    await like(fans[1]!, post.id);
    await unlike(fans[1]!, post.id);
    expect(await storedGroups(author.id)).toEqual([{ kind: "LIKE", targetId: post.id, actorCount: 1 }]);
    expect((await firstPage(author.id)).items[0]!.actors.map((actor) => actor.displayName)).toEqual(["Fan 1"]);
    await unlike(fans[0]!, post.id);
    expect(await storedGroups(author.id)).toEqual([]);
  });

  it("many in one statement count once each", async () => {
    const post = await createPost(author.id);
    await db.like.createMany({ data: fans.map((fan) => ({ userId: fan.id, postId: post.id })) });
    expect(await storedGroups(author.id)).toEqual([{ kind: "LIKE", targetId: post.id, actorCount: 4 }]);
    await db.like.deleteMany({ where: { postId: post.id, userId: { in: [fans[0]!.id, fans[1]!.id] } } });
    expect(await storedGroups(author.id)).toEqual([{ kind: "LIKE", targetId: post.id, actorCount: 2 }]);
  });
});

describe("follows", () => {
  it("group per day, and unfollowing takes one out", async () => {
    for (const fan of fans.slice(0, 3)) await db.follow.create({ data: { followerId: fan.id, followeeId: author.id } });
    expect(await storedGroups(author.id)).toEqual([{ kind: "FOLLOW", targetId: "", actorCount: 3 }]);
    await db.follow.delete({ where: { followerId_followeeId: { followerId: fans[0]!.id, followeeId: author.id } } });
    const [line] = (await firstPage(author.id)).items;
    expect(line).toMatchObject({ kind: "follow", actorCount: 2, postId: null });
  });
});

describe("comments", () => {
  it("are one line each, with their text, and leave with the comment", async () => {
    const post = await createPost(author.id);
    const first = await createComment(post.id, fans[0]!.id, { text: "Lovely light" });
    await createComment(post.id, fans[1]!.id, { text: "Where is this?" });
    await createComment(post.id, author.id, { text: "Thanks!" });
    const lines = (await firstPage(author.id)).items;
    expect(lines.map((line) => [line.kind, line.commentText, line.actors[0]!.displayName])).toEqual([
      ["comment", "Where is this?", "Fan 2"],
      ["comment", "Lovely light", "Fan 1"],
    ]);
    await db.comment.delete({ where: { id: first.id } });
    expect((await firstPage(author.id)).items.map((line) => line.commentText)).toEqual(["Where is this?"]);
  });

  it("leave when a comment with replies is deleted and stays as a placeholder", async () => {
    const post = await createPost(author.id);
    const commented = await addComment(fans[0]!, { postId: post.id, parentId: null, text: "Kept for its reply" });
    if (!commented.ok) throw new Error("the comment was refused");
    await addComment(fans[1]!, { postId: post.id, parentId: commented.comment.id, text: "A reply" });
    expect((await firstPage(author.id)).items.map((line) => line.commentText)).toEqual(["A reply", "Kept for its reply"]);

    expect(await deleteComment(fans[0]!, { commentId: commented.comment.id })).toMatchObject({ ok: true });
    expect(await db.comment.count({ where: { id: commented.comment.id } })).toBe(1);
    expect((await storedGroups(author.id)).filter((group) => group.kind === "COMMENT")).toHaveLength(1);
    expect((await firstPage(author.id)).items.map((line) => line.commentText)).toEqual(["A reply"]);
  });
});

describe("removals elsewhere", () => {
  it("deleting the post, or a liker's account, takes their notifications with it", async () => {
    const [kept, deleted] = await Promise.all([createPost(author.id), createPost(author.id)]);
    await like(fans[0]!, kept.id);
    await like(fans[1]!, kept.id);
    await like(fans[0]!, deleted.id);
    await createComment(deleted.id, fans[0]!.id);
    await db.post.delete({ where: { id: deleted.id } });
    await db.user.delete({ where: { id: fans[1]!.id } });
    expect(await storedGroups(author.id)).toEqual([{ kind: "LIKE", targetId: kept.id, actorCount: 1 }]);
  });
});
