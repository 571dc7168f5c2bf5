import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { createUser } from "@/test/factories";
import { peopleStatement, postsStatement } from "./queries";

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

/**
 * The plan of a search statement with sequential scans priced out: a plan
 * that still reads a table whole means no index can answer the condition
 * (the folded expression in the query does not match the index, say).
 */
async function planOf(statement: Prisma.Sql): Promise<PlanNode[]> {
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw(Prisma.sql`EXPLAIN (FORMAT JSON) ${statement}`),
  ]);
  const [output] = parseRows(z.object({ "QUERY PLAN": z.array(z.object({ Plan: planNode })) }), rows);
  return flatten(output!["QUERY PLAN"][0]!.Plan);
}

const page = { limit: 21, offset: 0 };
const sequentialScans = (plan: PlanNode[]) => plan.filter((node) => node["Node Type"] === "Seq Scan").map((node) => node["Relation Name"]);

describe("search query plans", () => {
  beforeAll(async () => {
    for (let index = 0; index < 20; index++) await createUser({ displayName: `Person ${index}` });
    await db.$executeRaw`ANALYZE users`;
  });

  it("finds people through the trigram indexes on username and on the folded display name and bio", async () => {
    const plan = await planOf(peopleStatement("yilmaz", page));
    expect(sequentialScans(plan)).not.toContain("users");
    expect(new Set(plan.map((node) => node["Index Name"]).filter(Boolean))).toEqual(
      new Set(["users_username_trgm_idx", "users_display_name_folded_trgm_idx", "users_bio_folded_trgm_idx"]),
    );
  });

  it("finds posts without reading the posts table whole", async () => {
    const plan = await planOf(postsStatement("martinez", page));
    expect(sequentialScans(plan)).not.toContain("posts");
  });
});
