import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { createComment, createPost, createUser } from "@/test/factories";
import { notificationsStatement, unreadCountStatement } from "./queries";
import { FILTER_KINDS } from "./schema";

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; "Sort Key"?: string[]; Plans?: PlanNode[] };
const planNode: z.ZodType<PlanNode> = z.lazy(() =>
  z.object({
    "Node Type": z.string(),
    "Relation Name": z.string().optional(),
    "Index Name": z.string().optional(),
    "Sort Key": z.array(z.string()).optional(),
    Plans: z.array(planNode).optional(),
  }),
);

const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];

/** The plan of `statement` with sequential scans priced out: one left means no index answers. */
async function planOf(statement: Prisma.Sql): Promise<PlanNode[]> {
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw(Prisma.sql`EXPLAIN (FORMAT JSON) ${statement}`),
  ]);
  const [output] = parseRows(z.object({ "QUERY PLAN": z.array(z.object({ Plan: planNode })) }), rows);
  return flatten(output!["QUERY PLAN"][0]!.Plan);
}

const tablesReadWhole = (plan: PlanNode[]) => plan.filter((node) => node["Node Type"] === "Seq Scan").map((node) => node["Relation Name"]);
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
    await createComment(post.id, fan.id);
    await db.$executeRaw`ANALYZE notification_groups, likes, follows, comments, users`;
  });

  it("reads a page through the recipient's index and each line's actors through theirs", async () => {
    const cursor = { createdAt: new Date(), id: "a".repeat(32) };
    for (const statement of [notificationsStatement(readerId, FILTER_KINDS.all, null), notificationsStatement(readerId, FILTER_KINDS.all, cursor)]) {
      const plan = await planOf(statement);
      expect(tablesReadWhole(plan)).toEqual([]);
      expect(indexesOf(plan, "notification_groups")).toEqual([["Index Scan", "notification_groups_recipient_latest_idx"]]);
      // In the index's order: the groups are never sorted (a line's two names are).
      expect(plan.flatMap((node) => node["Sort Key"] ?? []).filter((key) => key.includes("latest_at"))).toEqual([]);
    }
  });

  it("counts the unread through the same index", async () => {
    const plan = await planOf(unreadCountStatement(readerId));
    expect(tablesReadWhole(plan)).toEqual([]);
    expect(indexesOf(plan, "notification_groups")).toEqual([["Index Scan", "notification_groups_recipient_latest_idx"]]);
  });
});
