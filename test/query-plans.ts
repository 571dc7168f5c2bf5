import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { keptPlanStatementName } from "@/lib/db-sql";
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

const preparedRows = z.array(z.object({ generic: z.number().int(), custom: z.number().int() }));

export type PlansOfRuns = { rows: unknown; plans: { custom: number; generic: number } | null };

/**
 * Runs `statementOf(run)` for runs 0 to `runs` - 1 on one connection (an interactive transaction
 * holds one) and answers the last run's rows and how PostgreSQL planned the statement there: a kept
 * statement (keptPlanSql) is planned afresh five times, then keeps its generic plan when that costs
 * no more; `plans` is null when the statement was not prepared by name.
 */
export async function plansOfRuns(statementOf: (run: number) => Prisma.Sql, runs: number): Promise<PlansOfRuns> {
  return db.$transaction(async (tx) => {
    let rows: unknown = [];
    for (let run = 0; run < runs; run++) rows = await tx.$queryRaw(statementOf(run));
    const [plans] = preparedRows.parse(await tx.$queryRaw`
      SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements
      WHERE name = ${keptPlanStatementName(statementOf(0).text)}`);
    return { rows, plans: plans ?? null };
  });
}
