import { beforeEach, describe, expect, it } from "vitest";
import { deleteComment } from "@/lib/comments/service";
import { db } from "@/lib/db";
import { suspendUser } from "@/lib/moderation/service";
import { deletePost } from "@/lib/posts/service";
import { resolveReports } from "@/lib/reports/service";
import { createComment, createLike, createPost, createReport, createUser } from "@/test/factories";
import { countUnreadNotifications } from "./queries";
import { firstPage, storedGroups } from "./test-helpers";

// A moderator's removal of someone's post or comment (migration 20261207200100_notify_removals):
// a line for its author, written with the removal's log entry, that outlives the content.

type User = Awaited<ReturnType<typeof createUser>>;
let ada: User;
let bruno: User;
let chen: User;
let admin: User;

beforeEach(async () => {
  [ada, bruno, chen, admin] = await Promise.all([createUser(), createUser(), createUser(), createUser({ role: "ADMIN" })]);
});

/** What `user`'s page shows of each line: its kind, and what was removed for a removal line. */
const lines = async (user: User) => (await firstPage(user.id)).items.map((line) => (line.kind === "removal" ? line.removal : line.kind));

describe("a post removed by a moderator", () => {
  it("is a line for its author with its words and the reports' reasons, in place of the post's own lines", async () => {
    const post = await createPost(ada.id, { text: "Cheap followers, click here" });
    await createLike(bruno.id, post.id);
    await createReport(bruno.id, { targetType: "POST", targetId: post.id, accountId: ada.id }, { reason: "SPAM" });
    await createReport(chen.id, { targetType: "POST", targetId: post.id, accountId: ada.id }, { reason: "OTHER", details: "Scam" });
    await db.user.update({ where: { id: ada.id }, data: { notificationsReadAt: new Date(Date.now() - 60_000) } });
    expect(await lines(ada)).toEqual(["like"]);

    expect(await resolveReports(admin, { targetType: "POST", targetId: post.id, decision: "remove" })).toMatchObject({ ok: true });
    expect(await db.post.count({ where: { id: post.id } })).toBe(0);
    expect(await lines(ada)).toEqual([{ content: "post", excerpt: "Cheap followers, click here", reasons: ["SPAM", "OTHER"] }]);
    expect(await countUnreadNotifications(ada.id)).toBe(1);
    // Nobody else is told of the removal: its reporters (bruno also liked it) hear of their reports'
    // outcome (report-outcomes.test.ts), the moderator nothing.
    for (const reporter of [bruno, chen]) expect(await storedGroups(reporter.id)).toEqual([expect.objectContaining({ kind: "REPORT_OUTCOME" })]);
    expect(await storedGroups(admin.id)).toEqual([]);
  });

  it("removed from its own page, with no report open, says so without reasons", async () => {
    const post = await createPost(ada.id, { text: "Off-topic" });
    expect(await deletePost(admin, { postId: post.id })).toMatchObject({ ok: true });
    expect(await lines(ada)).toEqual([{ content: "post", excerpt: "Off-topic", reasons: [] }]);
  });
});

describe("a comment removed by a moderator", () => {
  it("is a line for its author with its words, also when its replies keep it as 'This comment was deleted'", async () => {
    const post = await createPost(bruno.id);
    const rude = await createComment(post.id, ada.id, { text: "Rude words" });
    await createComment(post.id, chen.id, { text: "Please don't", parentId: rude.id });
    await createReport(chen.id, { targetType: "COMMENT", targetId: rude.id, accountId: ada.id }, { reason: "HARASSMENT" });

    expect(await resolveReports(admin, { targetType: "COMMENT", targetId: rude.id, decision: "remove" })).toMatchObject({ ok: true });
    expect(await db.comment.findUniqueOrThrow({ where: { id: rude.id } })).toMatchObject({ text: "", deletedAt: expect.any(Date) });
    // The reply to it stays, as for a comment its author deletes.
    expect(await lines(ada)).toEqual([{ content: "comment", excerpt: "Rude words", reasons: ["HARASSMENT"] }, "reply"]);
  });

  it("stays after the post it was under is deleted, and after the moderator's account is", async () => {
    const post = await createPost(bruno.id);
    const comment = await createComment(post.id, ada.id, { text: "Spoiler: he dies" });
    expect(await deleteComment(admin, { commentId: comment.id })).toMatchObject({ ok: true });
    expect(await deletePost(bruno, { postId: post.id })).toMatchObject({ ok: true });
    await db.user.delete({ where: { id: admin.id } });
    expect(await lines(ada)).toEqual([{ content: "comment", excerpt: "Spoiler: he dies", reasons: [] }]);
  });
});

describe("no removal line", () => {
  it("for deleting one's own post, an admin's own, a comment under one's own post, or a suspension", async () => {
    expect(await deletePost(ada, { postId: (await createPost(ada.id)).id })).toMatchObject({ ok: true });
    expect(await deletePost(admin, { postId: (await createPost(admin.id)).id })).toMatchObject({ ok: true });
    const post = await createPost(bruno.id);
    expect(await deleteComment(bruno, { commentId: (await createComment(post.id, ada.id)).id })).toMatchObject({ ok: true });
    await createReport(bruno.id, { targetType: "ACCOUNT", targetId: chen.id, accountId: chen.id });
    expect(await suspendUser(admin, { userId: chen.id })).toMatchObject({ ok: true });
    for (const user of [ada, bruno, chen, admin]) expect((await storedGroups(user.id)).map((group) => group.kind)).not.toContain("REMOVAL");
  });
});

describe("the database", () => {
  it("refuses a removal line without its log entry, and a line of another kind with one (CHECK)", async () => {
    const entry = await db.moderationLogEntry.create({
      data: { action: "POST_REMOVED", actorId: admin.id, targetId: "gone", accountId: ada.id, username: ada.username },
    });
    const line = { recipientId: bruno.id, targetId: entry.id, day: new Date(), actorCount: 1, latestAt: new Date() };
    await expect(db.notificationGroup.create({ data: { ...line, kind: "REMOVAL" } })).rejects.toThrow(/notification_groups_moderation_check/);
    const post = await createPost(bruno.id);
    await expect(db.notificationGroup.create({ data: { ...line, kind: "LIKE", postId: post.id, targetId: post.id, moderationId: entry.id } })).rejects.toThrow(
      /notification_groups_moderation_check/,
    );
  });
});
