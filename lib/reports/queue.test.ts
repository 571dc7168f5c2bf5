import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { createComment, createPost, createReport, createUser } from "@/test/factories";
import { listOpenReports } from "./queries";

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
});
