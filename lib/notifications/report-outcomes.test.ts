import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { suspendUser } from "@/lib/moderation/service";
import { resolveReports } from "@/lib/reports/service";
import { createComment, createPost, createReport, createUser } from "@/test/factories";
import { countUnreadNotifications } from "./queries";
import { firstPage, storedGroups } from "./test-helpers";

// A reporter hears what the moderators decided on their report (migration
// 20261208000100_notify_report_outcomes): a line that reads the decision from its log entry.

type User = Awaited<ReturnType<typeof createUser>>;
let ada: User;
let bruno: User;
let chen: User;
let admin: User;

beforeEach(async () => {
  [ada, bruno, chen, admin] = await Promise.all([createUser(), createUser(), createUser(), createUser({ role: "ADMIN" })]);
  // Everyone has read everything until a minute ago: what the decision writes is unread.
  await db.user.updateMany({ where: { id: { in: [ada.id, bruno.id, chen.id, admin.id] } }, data: { notificationsReadAt: new Date(Date.now() - 60_000) } });
});

/** The report outcomes on `user`'s first page, as decided and about whom. */
const outcomes = async (user: User) =>
  (await firstPage(user.id)).items.flatMap((line) => (line.kind === "report_outcome" ? [{ ...line.outcome, unread: line.unread }] : []));

const reportPost = (reporter: User, postId: string, reason: "SPAM" | "HARASSMENT" = "SPAM") =>
  createReport(reporter.id, { targetType: "POST", targetId: postId, accountId: ada.id }, { reason });

describe("the outcome of a report", () => {
  it("is a line for each reporter of a removed post, read from the log, and none for the moderator or the author", async () => {
    const post = await createPost(ada.id);
    await reportPost(bruno, post.id);
    await reportPost(chen, post.id, "HARASSMENT");
    const readAt = new Date(Date.now() - 60_000);
    expect(await resolveReports(admin, { targetType: "POST", targetId: post.id, decision: "remove" })).toMatchObject({ ok: true });

    for (const reporter of [bruno, chen]) {
      expect((await firstPage(reporter.id, readAt)).items.map((line) => [line.kind, line.outcome, line.unread])).toEqual([
        ["report_outcome", { decision: "POST_REMOVED", username: ada.username }, true],
      ]);
      expect(await countUnreadNotifications(reporter.id)).toBe(1);
    }
    expect(await storedGroups(admin.id)).toEqual([]);
    expect((await storedGroups(ada.id)).map((group) => group.kind)).toEqual(["REMOVAL"]);
  });

  it("tells the reporter of a comment removed with its post, and the comment's author", async () => {
    const post = await createPost(ada.id);
    await reportPost(bruno, post.id);
    const comment = await createComment(post.id, chen.id, { text: "Rude words" });
    await createReport(bruno.id, { targetType: "COMMENT", targetId: comment.id, accountId: chen.id }, { reason: "HARASSMENT" });
    expect(await resolveReports(admin, { targetType: "POST", targetId: post.id, decision: "remove" })).toMatchObject({ ok: true });
    expect((await outcomes(bruno)).map(({ decision, username }) => [decision, username]).sort()).toEqual([
      ["COMMENT_REMOVED", chen.username],
      ["POST_REMOVED", ada.username],
    ]);
    expect((await firstPage(chen.id)).items.map((line) => [line.kind, line.removal])).toEqual([
      ["removal", { content: "comment", excerpt: "Rude words", reasons: ["HARASSMENT"] }],
    ]);
  });

  it("tells a reporter of an account and its post once when the account is suspended", async () => {
    const post = await createPost(ada.id);
    await reportPost(bruno, post.id);
    await createReport(bruno.id, { targetType: "ACCOUNT", targetId: ada.id, accountId: ada.id }, { reason: "HARASSMENT" });
    await reportPost(chen, post.id);
    expect(await suspendUser(admin, { userId: ada.id })).toEqual({ ok: true });
    for (const reporter of [bruno, chen]) expect(await outcomes(reporter)).toMatchObject([{ decision: "ACCOUNT_SUSPENDED", username: ada.username }]);
  });

  it("says a dismissal, and nothing to a reporter whose account is gone, nor to an admin who reported and decided", async () => {
    const post = await createPost(ada.id);
    await reportPost(bruno, post.id);
    await reportPost(chen, post.id);
    await reportPost(admin, post.id);
    await db.user.delete({ where: { id: chen.id } });
    expect(await resolveReports(admin, { targetType: "POST", targetId: post.id, decision: "dismiss" })).toMatchObject({ ok: true });
    expect(await outcomes(bruno)).toMatchObject([{ decision: "REPORTS_DISMISSED", username: ada.username }]);
    expect(await storedGroups(admin.id)).toEqual([]);
    expect(await db.report.count({ where: { targetId: post.id, resolution: "DISMISSED" } })).toBe(3);
  });

  it("is refused by the database for any line but a moderators' one that names its log entry", async () => {
    const post = await createPost(ada.id);
    await reportPost(bruno, post.id);
    await resolveReports(admin, { targetType: "POST", targetId: post.id, decision: "dismiss" });
    const entry = await db.moderationLogEntry.findFirstOrThrow({ where: { targetId: post.id }, select: { id: true } });
    const line = { recipientId: chen.id, kind: "REPORT_OUTCOME" as const, day: new Date(), actorCount: 1, latestAt: new Date() };
    await expect(db.notificationGroup.create({ data: { ...line, targetId: entry.id } })).rejects.toThrow(/notification_groups_moderation_check/);
    await expect(db.notificationGroup.create({ data: { ...line, targetId: post.id, moderationId: entry.id, postId: post.id } })).rejects.toThrow(
      /notification_groups_target_check/,
    );
  });
});
