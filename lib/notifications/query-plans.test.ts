import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createComment, createPost, createUser } from "@/test/factories";
import { notificationsStatement, unreadCountStatement } from "./queries";
import { type PlanNode, planOf, sequentialScans } from "@/test/query-plans";

const indexesOf = (plan: PlanNode[], table: string) =>
  plan.filter((node) => node["Relation Name"] === table).map((node) => [node["Node Type"], node["Index Name"]]);

let readerId: string;

describe("notification query plans", () => {
  beforeAll(async () => {
    const [reader, fan] = await Promise.all([createUser(), createUser()]);
    readerId = reader.id;
    const post = await createPost(reader.id);
    await db.like.create({ data: { userId: fan.id, postId: post.id } });
    await db.follow.create({ data: { followerId: fan.id, followeeId: reader.id } });
    await createComment(post.id, fan.id, { text: `Seen it, @${reader.username}` });
    await db.repost.create({ data: { userId: fan.id, postId: post.id } });
    await createPost(fan.id, { text: `Hello @${reader.username}`, quotedPostId: post.id });
    await createPost(fan.id, { text: `And again @${reader.username}` });
    await db.$executeRaw`ANALYZE notification_groups, likes, follows, comments, reposts, posts, users`;
  });

  it("reads a page through the recipient's index in its order, and no table whole", async () => {
    const cursor = { createdAt: new Date(), id: "a".repeat(32) };
    for (const statement of [notificationsStatement(readerId, "all", null), notificationsStatement(readerId, "all", cursor)]) {
      const plan = await planOf(statement);
      expect(sequentialScans(plan)).toEqual([]);
      expect(indexesOf(plan, "notification_groups")).toEqual([["Index Scan", "notification_groups_recipient_latest_idx"]]);
      // In the index's order: the groups are never sorted (a line's two names are).
      expect(plan.flatMap((node) => node["Sort Key"] ?? []).filter((key) => key.includes("latest_at"))).toEqual([]);
    }
  });

  it("reads the Mentions tab through its own partial index, in its order", async () => {
    const plan = await planOf(notificationsStatement(readerId, "mentions", null));
    expect(sequentialScans(plan)).toEqual([]);
    expect(indexesOf(plan, "notification_groups")).toEqual([["Index Scan", "notification_groups_mentions_idx"]]);
    expect(plan.flatMap((node) => node["Sort Key"] ?? []).filter((key) => key.includes("latest_at"))).toEqual([]);
  });

  it("counts the unread through the same index", async () => {
    const plan = await planOf(unreadCountStatement(readerId));
    expect(sequentialScans(plan)).toEqual([]);
    expect(indexesOf(plan, "notification_groups")).toEqual([["Index Scan", "notification_groups_recipient_latest_idx"]]);
  });
});
