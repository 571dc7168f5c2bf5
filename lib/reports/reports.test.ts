import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { encodeCursor } from "@/lib/pagination/cursor";
import { deletePost } from "@/lib/posts/actions";
import { createComment, createPost, createReport, createUser } from "@/test/factories";
import { RedirectError } from "@/test/next/runtime";
import { form, signInAs } from "@/test/next/session";
import { reportContent, resolveReports } from "./actions";
import { CANNOT_REPORT_YOURSELF, DETAILS_REQUIRED, NO_OPEN_REPORTS, NOTHING_TO_REPORT } from "./schema";
import { UNREADABLE_FORM_MESSAGE } from "@/lib/actions/unavailable";

// Reports as a person files them and an admin resolves them, judged by what lands in the database.

type User = Awaited<ReturnType<typeof createUser>>;
let author: User;
let reporter: User;
let admin: User;

beforeEach(async () => {
  [author, reporter, admin] = await Promise.all([createUser(), createUser(), createUser({ role: "ADMIN" })]);
});

const reportForm = (targetType: string, targetId: string, reason = "SPAM", details = "") => form({ targetType, targetId, reason, details });
const openReportsOf = (targetId: string) => db.report.findMany({ where: { targetId, resolvedAt: null } });

describe("reporting", () => {
  it("files a report of a post, with a confirmation, naming the post's author as the account behind it", async () => {
    const post = await createPost(author.id);
    await signInAs(reporter.id);
    const result = await reportContent(null, reportForm("POST", post.id, "HARASSMENT"));
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining("sent to the moderators") });
    expect(await openReportsOf(post.id)).toMatchObject([{ reporterId: reporter.id, targetType: "POST", accountId: author.id, reason: "HARASSMENT" }]);
  });

  it("collapses a repeated report into the first one, which keeps its place and takes the new reason", async () => {
    const comment = await createComment((await createPost(author.id)).id, author.id);
    await signInAs(reporter.id);
    await reportContent(null, reportForm("COMMENT", comment.id));
    const [first] = await openReportsOf(comment.id);
    const again = await reportContent(null, reportForm("COMMENT", comment.id, "OTHER", "It is a scam"));
    expect(again).toMatchObject({ ok: true, message: expect.stringContaining("already reported") });
    expect(await openReportsOf(comment.id)).toMatchObject([{ id: first!.id, createdAt: first!.createdAt, reason: "OTHER", details: "It is a scam" }]);
  });

  it("leaves one report when the same person sends it twice at once", async () => {
    const post = await createPost(author.id);
    await signInAs(reporter.id);
    const results = await Promise.all([reportContent(null, reportForm("POST", post.id)), reportContent(null, reportForm("POST", post.id))]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await openReportsOf(post.id)).toHaveLength(1);
  });

  it("keeps one open report per reporter and target in the database itself", async () => {
    const target = { targetType: "ACCOUNT" as const, targetId: author.id, accountId: author.id };
    await createReport(reporter.id, target);
    await expect(createReport(reporter.id, target)).rejects.toThrow();
    // Once resolved, a new report of the same target opens afresh.
    await db.report.updateMany({ where: { targetId: author.id }, data: { resolvedAt: new Date(), resolution: "DISMISSED", resolvedById: admin.id } });
    await expect(createReport(reporter.id, target)).resolves.toBeTruthy();
  });

  it("refuses a resolution without its time in the database", async () => {
    const report = await createReport(reporter.id, { targetType: "ACCOUNT", targetId: author.id, accountId: author.id });
    await expect(db.report.update({ where: { id: report.id }, data: { resolution: "DISMISSED" } })).rejects.toThrow();
  });

  it("asks what is wrong for “Something else”, and files nothing", async () => {
    const post = await createPost(author.id);
    await signInAs(reporter.id);
    expect(await reportContent(null, reportForm("POST", post.id, "OTHER", "   "))).toMatchObject({ ok: false, fieldErrors: { details: [DETAILS_REQUIRED] } });
    expect(await reportContent(null, reportForm("POST", post.id, "OTHER", " \u200B\u2060 "))).toMatchObject({ ok: false, fieldErrors: { details: [DETAILS_REQUIRED] } });
    expect(await db.report.count({ where: { targetId: post.id } })).toBe(0);
  });

  it("says above the form that an altered one cannot be read, keeping the typed details' own message, and files nothing", async () => {
    const post = await createPost(author.id);
    await signInAs(reporter.id);
    expect(await reportContent(null, reportForm("USER", post.id, "HARASSMENT"))).toEqual({ ok: false, message: UNREADABLE_FORM_MESSAGE, values: { reason: "HARASSMENT", details: "" } });
    expect(await reportContent(null, reportForm("POST", "../p", "OTHER", " "))).toEqual({
      ok: false,
      message: UNREADABLE_FORM_MESSAGE,
      fieldErrors: { details: [DETAILS_REQUIRED] },
      values: { reason: "OTHER", details: " " },
    });
    expect(await db.report.count({ where: { targetId: post.id } })).toBe(0);
  });

  it("refuses one's own content, hidden content and accounts, and things that do not exist", async () => {
    const [own, hidden, suspended] = [await createPost(reporter.id), await createPost(author.id), await createUser({ suspended: true })];
    await db.user.update({ where: { id: author.id }, data: { suspendedAt: new Date() } });
    await signInAs(reporter.id);
    expect(await reportContent(null, reportForm("POST", own.id))).toMatchObject({ ok: false, message: CANNOT_REPORT_YOURSELF });
    expect(await reportContent(null, reportForm("ACCOUNT", reporter.id))).toMatchObject({ ok: false, message: CANNOT_REPORT_YOURSELF });
    expect(await reportContent(null, reportForm("POST", hidden.id))).toMatchObject({ ok: false, message: NOTHING_TO_REPORT });
    expect(await reportContent(null, reportForm("ACCOUNT", suspended.id))).toMatchObject({ ok: false, message: NOTHING_TO_REPORT });
    expect(await reportContent(null, reportForm("COMMENT", "nosuchcomment"))).toMatchObject({ ok: false, message: NOTHING_TO_REPORT });
    expect(await db.report.count({ where: { reporterId: reporter.id } })).toBe(0);
  });

  it("refuses content hidden by a block either way, and the account that blocked the reporter, but files one about an account they blocked", async () => {
    const [blocked, blocker] = await Promise.all([createUser(), createUser()]);
    const [blockedsPost, blockersPost] = await Promise.all([createPost(blocked.id), createPost(blocker.id)]);
    const comment = await createComment(blockersPost.id, blocked.id);
    await db.block.createMany({ data: [{ blockerId: reporter.id, blockedId: blocked.id }, { blockerId: blocker.id, blockedId: reporter.id }] });
    await signInAs(reporter.id);
    for (const [targetType, targetId] of [["POST", blockedsPost.id], ["POST", blockersPost.id], ["COMMENT", comment.id], ["ACCOUNT", blocker.id]]) {
      expect(await reportContent(null, reportForm(targetType!, targetId!))).toMatchObject({ ok: false, message: NOTHING_TO_REPORT });
    }
    expect(await db.report.count({ where: { reporterId: reporter.id } })).toBe(0);
    expect(await reportContent(null, reportForm("ACCOUNT", blocked.id, "HARASSMENT"))).toMatchObject({ ok: true });
    expect(await openReportsOf(blocked.id)).toMatchObject([{ reporterId: reporter.id, accountId: blocked.id }]);
  });
});

describe("resolving reports", () => {
  async function reportedPost() {
    const post = await createPost(author.id, { text: "Buy followers now" });
    const other = await createUser();
    await createReport(reporter.id, { targetType: "POST", targetId: post.id, accountId: author.id });
    await createReport(other.id, { targetType: "POST", targetId: post.id, accountId: author.id }, { reason: "HARASSMENT" });
    return post;
  }

  const resolveForm = (targetType: string, targetId: string, decision: string) => form({ targetType, targetId, decision });

  it("dismisses every open report of the target, recording who and when, and logs it", async () => {
    const post = await reportedPost();
    await signInAs(admin.id);
    expect(await resolveReports(null, resolveForm("POST", post.id, "dismiss"))).toMatchObject({ ok: true });
    const reports = await db.report.findMany({ where: { targetId: post.id } });
    expect(reports).toHaveLength(2);
    for (const report of reports) expect(report).toMatchObject({ resolution: "DISMISSED", resolvedById: admin.id, resolvedAt: expect.any(Date) });
    expect(await db.moderationLogEntry.findMany({ where: { targetId: post.id } })).toMatchObject([
      { action: "REPORTS_DISMISSED", actorId: admin.id, accountId: author.id, username: author.username, excerpt: "Buy followers now", reportsResolved: 2 },
    ]);
    expect(await db.post.count({ where: { id: post.id } })).toBe(1);
    expect(await resolveReports(null, resolveForm("POST", post.id, "dismiss"))).toMatchObject({ ok: false, message: NO_OPEN_REPORTS });
  });

  it("removes the post, resolves its reports and logs the removal with its text", async () => {
    const post = await reportedPost();
    await signInAs(admin.id);
    expect(await resolveReports(null, resolveForm("POST", post.id, "remove"))).toMatchObject({ ok: true });
    expect(await db.post.count({ where: { id: post.id } })).toBe(0);
    expect(await openReportsOf(post.id)).toEqual([]);
    expect(await db.report.count({ where: { targetId: post.id, resolution: "REMOVED", resolvedById: admin.id } })).toBe(2);
    expect(await db.moderationLogEntry.findMany({ where: { targetId: post.id } })).toMatchObject([
      { action: "POST_REMOVED", actorId: admin.id, username: author.username, excerpt: "Buy followers now", reportsResolved: 2 },
    ]);
  });

  it("resolves the reports of the post's comments with it, which leave the queue, and logs each reported comment's removal apart", async () => {
    const post = await reportedPost();
    const commenter = await createUser();
    const [rude, kind] = await Promise.all([createComment(post.id, commenter.id, { text: "Rude words" }), createComment(post.id, commenter.id)]);
    await createReport(reporter.id, { targetType: "COMMENT", targetId: rude.id, accountId: commenter.id });
    const elsewhere = await createComment((await createPost(author.id)).id, commenter.id);
    await createReport(reporter.id, { targetType: "COMMENT", targetId: elsewhere.id, accountId: commenter.id });
    await signInAs(admin.id);
    expect(await resolveReports(null, resolveForm("POST", post.id, "remove"))).toMatchObject({ ok: true });
    expect(await openReportsOf(rude.id)).toEqual([]);
    expect(await db.report.count({ where: { targetId: rude.id, resolution: "REMOVED", resolvedById: admin.id } })).toBe(1);
    expect(await openReportsOf(elsewhere.id)).toHaveLength(1);
    expect(await openReportsOf(kind.id)).toEqual([]);
    expect(await db.moderationLogEntry.findMany({ where: { targetId: post.id } })).toMatchObject([{ action: "POST_REMOVED", reportsResolved: 2 }]);
    expect(await db.moderationLogEntry.findMany({ where: { targetId: { in: [rude.id, kind.id, elsewhere.id] } } })).toMatchObject([
      { action: "COMMENT_REMOVED", targetId: rude.id, actorId: admin.id, username: commenter.username, excerpt: "Rude words", reportsResolved: 1 },
    ]);
  });

  it("resolves the reports of comments under an admin's own post when deleting it, logging nothing", async () => {
    const post = await createPost(admin.id);
    const commenter = await createUser();
    const rude = await createComment(post.id, commenter.id, { text: "Rude words" });
    await createReport(reporter.id, { targetType: "COMMENT", targetId: rude.id, accountId: commenter.id });
    await signInAs(admin.id);
    expect(await deletePost(null, form({ postId: post.id, redirectTo: "" }))).toMatchObject({ ok: true });
    expect(await db.report.count({ where: { targetId: rude.id, resolution: "REMOVED", resolvedById: admin.id } })).toBe(1);
    expect(await db.moderationLogEntry.count({ where: { targetId: { in: [post.id, rude.id] } } })).toBe(0);
  });

  it("removes a reported comment and logs it", async () => {
    const comment = await createComment((await createPost(author.id)).id, author.id, { text: "Rude words" });
    await createReport(reporter.id, { targetType: "COMMENT", targetId: comment.id, accountId: author.id });
    await signInAs(admin.id);
    expect(await resolveReports(null, resolveForm("COMMENT", comment.id, "remove"))).toMatchObject({ ok: true });
    expect(await db.comment.count({ where: { id: comment.id } })).toBe(0);
    expect(await db.moderationLogEntry.findMany({ where: { targetId: comment.id } })).toMatchObject([
      { action: "COMMENT_REMOVED", excerpt: "Rude words", reportsResolved: 1 },
    ]);
  });

  it("suspends the account behind a post, resolving every open report about it and its content", async () => {
    const post = await reportedPost();
    await createReport(reporter.id, { targetType: "ACCOUNT", targetId: author.id, accountId: author.id });
    await signInAs(admin.id);
    expect(await resolveReports(null, resolveForm("POST", post.id, "suspend"))).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: author.id } })).suspendedAt).not.toBeNull();
    expect(await db.report.count({ where: { accountId: author.id, resolvedAt: null } })).toBe(0);
    expect(await db.report.count({ where: { accountId: author.id, resolution: "SUSPENDED" } })).toBe(3);
    expect(await db.moderationLogEntry.findMany({ where: { accountId: author.id } })).toMatchObject([
      { action: "ACCOUNT_SUSPENDED", actorId: admin.id, targetId: author.id, reportsResolved: 3 },
    ]);
  });

  it("goes back to the queue from a decision's confirmation page, once the decision is taken", async () => {
    const post = await reportedPost();
    await signInAs(admin.id);
    const confirmed = form({ targetType: "POST", targetId: post.id, decision: "remove", returnTo: "queue" });
    await expect(resolveReports(null, confirmed)).rejects.toEqual(new RedirectError("/admin/reports"));
    expect(await db.post.count({ where: { id: post.id } })).toBe(0);
    expect(await openReportsOf(post.id)).toEqual([]);
    // Decided meanwhile (in another tab, by another admin): the page says so rather than moving on.
    expect(await resolveReports(null, confirmed)).toMatchObject({ ok: false, message: NO_OPEN_REPORTS });
  });

  it("goes back to the queue's page the decision was asked from", async () => {
    const post = await reportedPost();
    await signInAs(admin.id);
    const cursor = encodeCursor({ createdAt: new Date("2026-01-02T03:04:05Z"), id: post.id });
    const confirmed = form({ targetType: "POST", targetId: post.id, decision: "dismiss", returnTo: "queue", cursor });
    await expect(resolveReports(null, confirmed)).rejects.toEqual(new RedirectError(`/admin/reports?cursor=${cursor}`));
  });

  it("refuses any other place to go afterwards, changing nothing", async () => {
    const post = await reportedPost();
    await signInAs(admin.id);
    for (const returnTo of ["/admin/reports", "https://evil.example", author.username, "Queue"]) {
      const result = await resolveReports(null, form({ targetType: "POST", targetId: post.id, decision: "remove", returnTo }));
      expect(result, returnTo).toEqual({ ok: false, message: UNREADABLE_FORM_MESSAGE });
    }
    expect(await openReportsOf(post.id)).toHaveLength(2);
    expect(await db.post.count({ where: { id: post.id } })).toBe(1);
  });

  it("refuses people who are not admins, changing nothing", async () => {
    const post = await reportedPost();
    for (const person of [reporter, author]) {
      await signInAs(person.id);
      for (const decision of ["remove", "suspend", "dismiss"]) {
        expect(await resolveReports(null, resolveForm("POST", post.id, decision))).toMatchObject({ ok: false });
      }
    }
    expect(await openReportsOf(post.id)).toHaveLength(2);
    expect(await db.post.count({ where: { id: post.id } })).toBe(1);
    expect(await db.moderationLogEntry.count({ where: { targetId: post.id } })).toBe(0);
  });

  it("logs an admin's removal from the post itself, but not an author deleting their own post", async () => {
    const [removed, own] = await Promise.all([createPost(author.id), createPost(author.id)]);
    await signInAs(admin.id);
    expect(await deletePost(null, form({ postId: removed.id, redirectTo: "" }))).toMatchObject({ ok: true });
    await signInAs(author.id);
    expect(await deletePost(null, form({ postId: own.id, redirectTo: "" }))).toMatchObject({ ok: true });
    expect(await db.moderationLogEntry.findMany({ where: { targetId: { in: [removed.id, own.id] } } })).toMatchObject([
      { action: "POST_REMOVED", targetId: removed.id },
    ]);
  });
});
