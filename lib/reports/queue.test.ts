import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { deleteAccount } from "@/lib/accounts/service";
import { TEST_PASSWORD, createComment, createPost, createReport, createUser } from "@/test/factories";
import { countOpenReportTargets, findOpenReportGroup, listOpenReports, offeredDecisions } from "./queries";

describe("the moderation queue", () => {
  it("groups open reports by target, the first reported first, and shows content already hidden or deleted", async () => {
    const [author, first, second] = await Promise.all([createUser(), createUser(), createUser()]);
    const post = await createPost(author.id, { text: "Hidden now", contentWarning: "spoilers" });
    const comment = await createComment(post.id, author.id);
    const base = Date.now() - 60_000;
    await createReport(first.id, { targetType: "POST", targetId: post.id, accountId: author.id }, { createdAt: new Date(base) });
    await createReport(second.id, { targetType: "POST", targetId: post.id, accountId: author.id }, { createdAt: new Date(base + 3000), reason: "OTHER", details: "Awful" });
    await createReport(first.id, { targetType: "COMMENT", targetId: comment.id, accountId: author.id }, { createdAt: new Date(base + 1000) });
    await createReport(first.id, { targetType: "POST", targetId: "deletedpost", accountId: author.id }, { createdAt: new Date(base + 2000) });
    await db.user.update({ where: { id: author.id }, data: { suspendedAt: new Date() } });

    const mine = (await listOpenReports()).items.filter((group) => group.account.id === author.id);
    expect(mine.map((group) => group.targetId)).toEqual([post.id, comment.id, "deletedpost"]);
    expect(mine[0]).toMatchObject({
      reportCount: 2,
      post: { text: "Hidden now", contentWarning: "spoilers" },
      account: { suspendedAt: expect.any(Date) },
      reports: [{ reason: "SPAM", reporter: first.username }, { reason: "OTHER", details: "Awful", reporter: second.username }],
    });
    expect(mine[1]).toMatchObject({ comment: { id: comment.id }, post: null });
    expect(mine[2]).toMatchObject({ post: null, comment: null });
  });

  it("keeps a report whose reporter deleted their account, from an account since deleted, and the others' beside it", async () => {
    const [author, leaving, staying] = await Promise.all([createUser(), createUser(), createUser()]);
    const post = await createPost(author.id, { text: "Harassing words" });
    const target = { targetType: "POST" as const, targetId: post.id, accountId: author.id };
    await createReport(leaving.id, target, { reason: "HARASSMENT" });
    await createReport(staying.id, target);

    expect(await deleteAccount(leaving, { password: TEST_PASSWORD }, "192.0.2.80")).toEqual({ ok: true });

    expect(await findOpenReportGroup(target)).toMatchObject({
      reportCount: 2,
      reports: [{ reason: "HARASSMENT", reporter: null }, { reason: "SPAM", reporter: staying.username }],
    });
  });

  it("counts the targets waiting in the queue for the header, each once, up to the most it shows", async () => {
    await db.report.deleteMany();
    const [author, first, second] = await Promise.all([createUser(), createUser(), createUser()]);
    const [post, other, resolved] = await Promise.all([createPost(author.id), createPost(author.id), createPost(author.id)]);
    for (const reporter of [first, second]) await createReport(reporter.id, { targetType: "POST", targetId: post.id, accountId: author.id });
    await createReport(first.id, { targetType: "ACCOUNT", targetId: author.id, accountId: author.id });
    await createReport(first.id, { targetType: "POST", targetId: other.id, accountId: author.id });
    const done = await createReport(second.id, { targetType: "POST", targetId: resolved.id, accountId: author.id });
    await db.report.update({ where: { id: done.id }, data: { resolvedAt: new Date(), resolution: "DISMISSED" } });
    expect(await countOpenReportTargets(100)).toBe(3);
    expect(await countOpenReportTargets(2)).toBe(2);
  });

  it("leaves resolved reports out, and pages through many targets without repeats", async () => {
    const [author, reporter, admin] = await Promise.all([createUser(), createUser(), createUser({ role: "ADMIN" })]);
    const at = new Date("2020-01-01T00:00:00Z");
    const posts = await Promise.all(Array.from({ length: PAGE_SIZE + 3 }, () => createPost(author.id)));
    await db.report.createMany({
      data: posts.map((post) => ({ reporterId: reporter.id, targetType: "POST" as const, targetId: post.id, accountId: author.id, reason: "SPAM" as const, createdAt: at })),
    });
    await db.report.updateMany({ where: { targetId: posts[0]!.id }, data: { resolvedAt: new Date(), resolvedById: admin.id, resolution: "DISMISSED" } });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listOpenReports(cursor);
      seen.push(...page.items.filter((group) => group.account.id === author.id).map((group) => group.targetId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(PAGE_SIZE + 2);
    expect(new Set(seen).size).toBe(PAGE_SIZE + 2);
    expect(seen).not.toContain(posts[0]!.id);
  });

  it("finds one target's open reports, as the queue shows them, and nothing once they are resolved", async () => {
    const [author, first, second, admin] = await Promise.all([createUser(), createUser(), createUser(), createUser({ role: "ADMIN" })]);
    const post = await createPost(author.id, { text: "Reported" });
    const other = await createPost(author.id);
    await createReport(first.id, { targetType: "POST", targetId: post.id, accountId: author.id });
    await createReport(second.id, { targetType: "POST", targetId: post.id, accountId: author.id });
    await createReport(first.id, { targetType: "POST", targetId: other.id, accountId: author.id });

    expect(await findOpenReportGroup({ targetType: "POST", targetId: post.id })).toMatchObject({
      targetId: post.id,
      reportCount: 2,
      post: { text: "Reported" },
      account: { username: author.username },
    });
    expect(await findOpenReportGroup({ targetType: "COMMENT", targetId: post.id })).toBeNull();
    await db.report.updateMany({ where: { targetId: post.id }, data: { resolvedAt: new Date(), resolvedById: admin.id, resolution: "DISMISSED" } });
    expect(await findOpenReportGroup({ targetType: "POST", targetId: post.id })).toBeNull();
  });

  it("offers to remove only what is still there, and to suspend only an account that can be", async () => {
    const [author, suspended, admin, reporter] = await Promise.all([createUser(), createUser({ suspended: true }), createUser({ role: "ADMIN" }), createUser()]);
    const [post, deletedPost] = await Promise.all([createPost(author.id), createPost(author.id)]);
    await db.post.delete({ where: { id: deletedPost.id } });
    // A deleted comment with replies stays as a tombstone without its words.
    const deletedComment = await createComment(post.id, author.id);
    await db.comment.update({ where: { id: deletedComment.id }, data: { text: "", deletedAt: new Date() } });
    const adminsPost = await createPost(admin.id);
    const hiddenPost = await createPost(suspended.id);
    const reported = [
      { targetType: "POST", targetId: post.id, accountId: author.id },
      { targetType: "POST", targetId: deletedPost.id, accountId: author.id },
      { targetType: "COMMENT", targetId: deletedComment.id, accountId: author.id },
      { targetType: "ACCOUNT", targetId: author.id, accountId: author.id },
      { targetType: "POST", targetId: adminsPost.id, accountId: admin.id },
      { targetType: "POST", targetId: hiddenPost.id, accountId: suspended.id },
    ] as const;
    for (const target of reported) await createReport(reporter.id, target);

    const offered = await Promise.all(reported.map(async (target) => offeredDecisions((await findOpenReportGroup(target))!)));
    expect(offered).toEqual([
      ["remove", "suspend", "dismiss"],
      ["suspend", "dismiss"],
      ["suspend", "dismiss"],
      ["suspend", "dismiss"],
      ["remove", "dismiss"],
      ["remove", "dismiss"],
    ]);
  });
});
