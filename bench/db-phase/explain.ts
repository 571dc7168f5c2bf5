import type pg from "pg";
import { keptPlanStatementName } from "@/lib/db-sql";
import type { CapturedQuery } from "./capture-sql";

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Sort Method"?: string;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
};
type ExplainOutput = [{ Plan: PlanNode; "Execution Time": number; "Planning Time": number }];

/** What one EXPLAIN (ANALYZE, BUFFERS) says about a statement, condensed for a report. */
export type PlanSummary = {
  /** Pre-order list of nodes, e.g. "Index Scan posts_created_idx on posts". */
  nodes: string[];
  seqScans: { relation: string; rows: number }[];
  sorts: { method: string; rows: number }[];
  /** Rows returned by the top node, and rows read by every scan node together. */
  rows: number;
  rowsScanned: number;
  sharedHitBlocks: number;
  sharedReadBlocks: number;
  executionMs: number;
  planningMs: number;
};

function describe(node: PlanNode): string {
  const index = node["Index Name"] ? ` ${node["Index Name"]}` : "";
  const relation = node["Relation Name"] ? ` on ${node["Relation Name"]}` : "";
  return `${node["Node Type"]}${index}${relation}`;
}

function summarizePlan(output: ExplainOutput): PlanSummary {
  const [{ Plan: root, "Execution Time": executionMs, "Planning Time": planningMs }] = output;
  const summary: PlanSummary = {
    nodes: [], seqScans: [], sorts: [], rows: root["Actual Rows"] ?? 0, rowsScanned: 0,
    sharedHitBlocks: root["Shared Hit Blocks"] ?? 0, sharedReadBlocks: root["Shared Read Blocks"] ?? 0,
    executionMs, planningMs,
  };
  const visit = (node: PlanNode) => {
    summary.nodes.push(describe(node));
    // Actual Rows is per loop: a scan repeated in a nested loop reads rows × loops.
    const rows = Math.round((node["Actual Rows"] ?? 0) * (node["Actual Loops"] ?? 1));
    if (node["Relation Name"]) summary.rowsScanned += rows;
    if (node["Node Type"] === "Seq Scan") summary.seqScans.push({ relation: node["Relation Name"] ?? "?", rows });
    if (node["Sort Method"]) summary.sorts.push({ method: node["Sort Method"], rows });
    node.Plans?.forEach(visit);
  };
  visit(root);
  return summary;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of a captured statement with its own parameters.
 * Without per-node timing: reading the clock around every node's every row
 * adds its own cost to a statement of many small probes; the statement's
 * whole run is timed either way (PostgreSQL's EXPLAIN documentation, TIMING).
 */
export async function explainAnalyze(client: pg.ClientBase, query: CapturedQuery): Promise<PlanSummary> {
  const { rows } = await client.query<{ "QUERY PLAN": ExplainOutput }>(
    `EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) ${query.sql}`,
    query.params,
  );
  const output = rows[0]?.["QUERY PLAN"];
  if (!output) throw new Error(`EXPLAIN returned nothing for: ${query.sql.slice(0, 80)}`);
  return summarizePlan(output);
}

/** How many times PostgreSQL plans a prepared statement afresh before it weighs keeping a generic plan (plancache.c). */
const CUSTOM_PLANS_BEFORE_CHOICE = 5;

const sqlLiteral = (value: unknown) =>
  value === null ? "NULL" : typeof value === "number" ? String(value) : `'${String(value).replaceAll("'", "''")}'`;

/**
 * The statement as the app's connections run it: a kept-plan statement
 * (lib/db-sql.ts) is prepared under a name on `client` and run as often as
 * PostgreSQL needs to choose its plan, so that EXPLAIN of the returned
 * `EXECUTE` shows the planning a warm connection does (none when it keeps a
 * generic plan). Any other statement comes back as it is. The caller
 * deallocates `name` when done.
 */
export async function asTheAppRunsIt(client: pg.ClientBase, query: CapturedQuery, name: string): Promise<CapturedQuery> {
  if (!keptPlanStatementName(query.sql)) return query;
  await client.query(`PREPARE ${name} AS ${query.sql}`);
  const execute = { sql: `EXECUTE ${name}(${query.params.map(sqlLiteral).join(", ")})`, params: [] };
  for (let run = 0; run < CUSTOM_PLANS_BEFORE_CHOICE; run++) await client.query(execute.sql);
  return execute;
}
