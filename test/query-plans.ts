import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";

// The plans of hand-written statements, for tests that prove an index answers them.

export type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; "Sort Key"?: string[]; Plans?: PlanNode[] };

const planNode: z.ZodType<PlanNode> = z.lazy(() =>
  z.object({
    "Node Type": z.string(),
    "Relation Name": z.string().optional(),
    "Index Name": z.string().optional(),
    "Sort Key": z.array(z.string()).optional(),
    Plans: z.array(planNode).optional(),
  }),
);

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}

/**
 * Every node of the plan of `statement` with sequential scans priced out: a
 * plan that still reads a table whole means no index can answer the condition
 * (the folded expression in the query does not match the index, say).
 */
export async function planOf(statement: Prisma.Sql): Promise<PlanNode[]> {
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw(Prisma.sql`EXPLAIN (FORMAT JSON) ${statement}`),
  ]);
  const [output] = parseRows(z.object({ "QUERY PLAN": z.array(z.object({ Plan: planNode })) }), rows);
  return flatten(output!["QUERY PLAN"][0]!.Plan);
}

/** The tables a plan reads whole. */
export const sequentialScans = (plan: PlanNode[]) => plan.filter((node) => node["Node Type"] === "Seq Scan").map((node) => node["Relation Name"]);
