import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { taggedPostsStatement } from "@/lib/search/queries";
import { createPost, createUser } from "@/test/factories";
import { trendingStatement } from "./queries";

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
const planNode: z.ZodType<PlanNode> = z.lazy(() =>
  z.object({
    "Node Type": z.string(),
    "Relation Name": z.string().optional(),
    "Index Name": z.string().optional(),
    Plans: z.array(planNode).optional(),
  }),
);

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}

/** The plan of `statement` with sequential scans priced out: a table still read whole means no index answers it. */
async function planOf(statement: Prisma.Sql): Promise<PlanNode[]> {
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw(Prisma.sql`EXPLAIN (FORMAT JSON) ${statement}`),
  ]);
  const [output] = parseRows(z.object({ "QUERY PLAN": z.array(z.object({ Plan: planNode })) }), rows);
  return flatten(output!["QUERY PLAN"][0]!.Plan);
}

const relations = (plan: PlanNode[]) => new Set(plan.map((node) => node["Relation Name"]).filter(Boolean));
const indexes = (plan: PlanNode[]) => new Set(plan.map((node) => node["Index Name"]).filter(Boolean));
const sequentialScans = (plan: PlanNode[]) => plan.filter((node) => node["Node Type"] === "Seq Scan").map((node) => node["Relation Name"]);

describe("hashtag query plans", () => {
  beforeAll(async () => {
    const author = await createUser();
    await createUser({ suspended: true });
    for (let index = 0; index < 30; index++) await createPost(author.id, { text: `#plan${index % 5} #other` });
    // Weeks of older tagged posts, as on a living site: the last day is a small part of the table.
    await db.$executeRaw`
      INSERT INTO posts (id, author_id, text, created_at)
      SELECT 'old' || i, ${author.id}, '#old' || (i % 50), now() - interval '2 days' - i * interval '1 minute' FROM generate_series(1, 5000) AS i`;
    await db.$executeRaw`
      INSERT INTO post_tags (post_id, tag, created_at, author_id)
      SELECT id, substr(text, 2), created_at, author_id FROM posts WHERE id LIKE 'old%'`;
    await db.$executeRawUnsafe("VACUUM ANALYZE post_tags");
    await db.$executeRaw`ANALYZE users`;
  });

  it("counts trending tags from the index of the last day's tags alone, never reading posts", async () => {
    const plan = await planOf(trendingStatement());
    expect(sequentialScans(plan)).toEqual([]);
    expect(relations(plan)).not.toContain("posts");
    const scan = plan.find((node) => node["Relation Name"] === "post_tags");
    expect(scan).toMatchObject({ "Node Type": "Index Only Scan", "Index Name": "post_tags_created_idx" });
    expect(indexes(plan)).toContain("users_suspended_idx");
  });

  it("finds a tag's posts through the tag's index", async () => {
    const plan = await planOf(taggedPostsStatement("plan1", { limit: 21, offset: 0 }));
    expect(sequentialScans(plan)).toEqual([]);
    expect(indexes(plan)).toContain("post_tags_tag_created_idx");
  });
});
