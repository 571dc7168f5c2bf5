import { beforeEach, describe, expect, it } from "vitest";
import { addComment, deleteComment } from "@/lib/comments/service";
import { db } from "@/lib/db";
import { deletePost, editPost } from "@/lib/posts/service";
import { setRepost } from "@/lib/reposts/service";
import { createComment, createPost, createUser } from "@/test/factories";
import { countUnreadNotifications, listNotifications } from "./queries";
import { firstPage, storedGroups } from "./test-helpers";

// Replies, mentions, reposts and quotes (migration 20261201150100): written with the action
// by triggers, never for one's own action, and gone when the action is undone.

type User = Awaited<ReturnType<typeof createUser>>;
let ada: User;
let bruno: User;
let chen: User;

beforeEach(async () => {
  [ada, bruno, chen] = await Promise.all([createUser({ displayName: "Ada" }), createUser({ displayName: "Bruno" }), createUser({ displayName: "Chen" })]);
});

async function reply(user: User, postId: string, parentId: string | null, text: string) {
  const added = await addComment(user, { postId, parentId, text });
  if (!added.ok) throw new Error("the comment was refused");
  return added.comment;
}

const lineTexts = async (user: User) =>
  (await firstPage(user.id)).items.map((line) => [line.kind, line.actors[0]!.displayName, line.commentText ?? line.postText]);

const mentionsTab = async (user: User) =>
  (await listNotifications(user.id, "mentions", { readAt: null })).items.map((line) => [line.kind, line.commentText ?? line.postText]);

describe("replies", () => {
  it("are a line for the parent comment's author, besides the post author's comment line", async () => {
    const post = await createPost(ada.id);
    const parent = await reply(bruno, post.id, null, "First!");
    await reply(chen, post.id, parent.id, "Welcome");
    await reply(bruno, post.id, parent.id, "Answering myself");
    expect(await lineTexts(bruno)).toEqual([["reply", "Chen", "Welcome"]]);
    expect((await lineTexts(ada)).map(([kind, name]) => [kind, name])).toEqual([
      ["comment", "Bruno"],
      ["comment", "Chen"],
      ["comment", "Bruno"],
    ]);
  });

  it("to the post author's own comment are one reply line for them, not two", async () => {
    const post = await createPost(ada.id);
    const parent = await reply(ada, post.id, null, "Ask me anything");
    await reply(bruno, post.id, parent.id, "Why?");
    expect(await lineTexts(ada)).toEqual([["reply", "Bruno", "Why?"]]);
  });

  it("leave when the reply is deleted, or kept as 'This comment was deleted' for its own replies", async () => {
    const post = await createPost(ada.id);
    const parent = await reply(bruno, post.id, null, "Parent");
    const answer = await reply(chen, post.id, parent.id, "Answer");
    await reply(ada, post.id, answer.id, "Answer to the answer");
    expect(await lineTexts(bruno)).toEqual([["reply", "Chen", "Answer"]]);
    expect(await deleteComment(chen, { commentId: answer.id })).toMatchObject({ ok: true });
    expect(await db.comment.count({ where: { id: answer.id } })).toBe(1);
    expect(await storedGroups(bruno.id)).toEqual([]);

    const plain = await reply(chen, post.id, parent.id, "Short-lived");
    expect(await storedGroups(bruno.id)).toHaveLength(1);
    expect(await deleteComment(chen, { commentId: plain.id })).toMatchObject({ ok: true });
    expect(await storedGroups(bruno.id)).toEqual([]);
  });
});

describe("lines about a comment", () => {
  it("leave the page and the bell while the post they are under is hidden from their reader, and come back with it", async () => {
    const post = await createPost(chen.id);
    const mine = await reply(ada, post.id, null, "Mine");
    await db.user.update({ where: { id: ada.id }, data: { notificationsReadAt: new Date(Date.now() - 60_000) } });
    await reply(bruno, post.id, mine.id, `Answer, @${ada.username}`);
    const shown = async () => [(await firstPage(ada.id)).items.length, await countUnreadNotifications(ada.id)];
    expect(await shown()).toEqual([1, 1]);

    // Chen's thread is not there for Ada while either blocks the other, or while Chen is suspended.
    await db.block.create({ data: { blockerId: chen.id, blockedId: ada.id } });
    expect(await shown()).toEqual([0, 0]);
    expect(await listNotifications(ada.id, "mentions", { readAt: null })).toEqual({ items: [], nextCursor: null });
    await db.block.deleteMany({ where: { blockerId: chen.id } });
    expect(await shown()).toEqual([1, 1]);
    await db.user.update({ where: { id: chen.id }, data: { suspendedAt: new Date() } });
    expect(await shown()).toEqual([0, 0]);
  });
});

describe("mentions", () => {
  it("in a post are a line with its text; an edit that drops the name takes it back", async () => {
    const post = await createPost(bruno.id, { text: `Lunch with @${ada.username} and @${bruno.username}` });
    expect(await lineTexts(ada)).toEqual([["mention", "Bruno", `Lunch with @${ada.username} and @${bruno.username}`]]);
    expect(await storedGroups(bruno.id)).toEqual([]);

    expect(await editPost(bruno, { postId: post.id, text: `Lunch with @${ada.username}!`, alts: [] })).toMatchObject({ ok: true });
    expect(await storedGroups(ada.id)).toHaveLength(1);
    expect(await editPost(bruno, { postId: post.id, text: "Lunch alone", alts: [] })).toMatchObject({ ok: true });
    expect(await storedGroups(ada.id)).toEqual([]);
  });

  it("in a comment are a line with the comment, unless the comment already notifies them", async () => {
    const post = await createPost(chen.id);
    await createComment(post.id, bruno.id, { text: `@${ada.username} look at this, @${chen.username}` });
    expect(await lineTexts(ada)).toEqual([["mention", "Bruno", `@${ada.username} look at this, @${chen.username}`]]);
    // Chen wrote the post: their comment line carries the same words.
    expect((await storedGroups(chen.id)).map((group) => group.kind)).toEqual(["COMMENT"]);
  });

  it("in a comment or reply that already notifies them list its one line under Mentions as well", async () => {
    const post = await createPost(chen.id);
    const named = await reply(bruno, post.id, null, `@${chen.username} is this yours?`);
    await reply(bruno, post.id, null, "Not naming anyone");
    const mine = await reply(ada, post.id, null, "First");
    await reply(bruno, post.id, mine.id, `Agreed, @${ada.username}`);
    await reply(bruno, post.id, mine.id, "Agreed");

    expect(await mentionsTab(chen)).toEqual([["comment", `@${chen.username} is this yours?`]]);
    expect(await mentionsTab(ada)).toEqual([["reply", `Agreed, @${ada.username}`]]);
    expect((await lineTexts(chen)).map(([kind]) => kind)).toEqual(Array(5).fill("comment"));
    expect(await deleteComment(bruno, { commentId: named.id })).toMatchObject({ ok: true });
    expect(await mentionsTab(chen)).toEqual([]);
  });

  it("leave with the post or comment that holds them", async () => {
    const post = await createPost(bruno.id, { text: `Hi @${ada.username}` });
    const other = await createPost(chen.id);
    const comment = await createComment(other.id, bruno.id, { text: `And hi @${ada.username}` });
    expect(await storedGroups(ada.id)).toHaveLength(2);
    expect(await deletePost(bruno, { postId: post.id })).toMatchObject({ ok: true });
    await db.comment.delete({ where: { id: comment.id } });
    expect(await storedGroups(ada.id)).toEqual([]);
  });
});

describe("reposts", () => {
  it("group per post and day, count down on undo, and never for one's own post", async () => {
    const post = await createPost(ada.id, { text: "Pass it on" });
    for (const user of [bruno, chen, ada]) await setRepost(user, { postId: post.id, repost: true });
    expect(await storedGroups(ada.id)).toEqual([{ kind: "REPOST", targetId: post.id, actorCount: 2 }]);
    const [line] = (await firstPage(ada.id)).items;
    expect(line).toMatchObject({ kind: "repost", actorCount: 2, postText: "Pass it on" });
    expect(line!.actors.map((actor) => actor.displayName)).toEqual(["Chen", "Bruno"]);

    await setRepost(chen, { postId: post.id, repost: false });
    expect(await storedGroups(ada.id)).toEqual([{ kind: "REPOST", targetId: post.id, actorCount: 1 }]);
    await setRepost(bruno, { postId: post.id, repost: false });
    expect(await storedGroups(ada.id)).toEqual([]);
  });

  it("by a suspended account are neither named nor counted", async () => {
    const post = await createPost(ada.id);
    await setRepost(bruno, { postId: post.id, repost: true });
    await setRepost(chen, { postId: post.id, repost: true });
    await db.user.update({ where: { id: chen.id }, data: { suspendedAt: new Date() } });
    const [line] = (await firstPage(ada.id)).items;
    expect(line).toMatchObject({ kind: "repost", actorCount: 1, actors: [{ displayName: "Bruno" }] });
  });
});

describe("quotes", () => {
  it("are a line with the quoting text, not for quoting oneself, and leave with the quote", async () => {
    const post = await createPost(ada.id, { text: "Original" });
    const quote = await createPost(bruno.id, { text: `So true, @${ada.username}`, quotedPostId: post.id });
    await createPost(ada.id, { text: "Quoting myself", quotedPostId: post.id });
    // The mention of the quoted author is in the quote's line already.
    expect(await lineTexts(ada)).toEqual([["quote", "Bruno", `So true, @${ada.username}`]]);
    expect(await deletePost(bruno, { postId: quote.id })).toMatchObject({ ok: true });
    expect(await storedGroups(ada.id)).toEqual([]);
  });

  it("that name the quoted author are under Mentions too, while the quote names them", async () => {
    const post = await createPost(ada.id, { text: "Original" });
    const quote = await createPost(bruno.id, { text: "Plain quote", quotedPostId: post.id });
    expect(await mentionsTab(ada)).toEqual([]);
    expect(await editPost(bruno, { postId: quote.id, text: `Plain quote, @${ada.username}`, alts: [] })).toMatchObject({ ok: true });
    expect(await mentionsTab(ada)).toEqual([["quote", `Plain quote, @${ada.username}`]]);
    expect(await editPost(bruno, { postId: quote.id, text: "Plain quote again", alts: [] })).toMatchObject({ ok: true });
    expect(await mentionsTab(ada)).toEqual([]);
    expect(await lineTexts(ada)).toEqual([["quote", "Bruno", "Plain quote again"]]);
  });

  it("leave when the quoted post is deleted", async () => {
    const post = await createPost(ada.id);
    await createPost(bruno.id, { quotedPostId: post.id });
    expect(await storedGroups(ada.id)).toHaveLength(1);
    expect(await deletePost(ada, { postId: post.id })).toMatchObject({ ok: true });
    expect(await storedGroups(ada.id)).toEqual([]);
  });

  it("by a suspended account are left out", async () => {
    const post = await createPost(ada.id);
    await createPost(bruno.id, { quotedPostId: post.id });
    await db.user.update({ where: { id: bruno.id }, data: { suspendedAt: new Date() } });
    expect((await firstPage(ada.id)).items).toEqual([]);
  });
});
