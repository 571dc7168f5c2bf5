import type pg from "pg";
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

/** EXPLAIN (ANALYZE, BUFFERS) of a captured statement with its own parameters. */
export async function explainAnalyze(client: pg.ClientBase, query: CapturedQuery): Promise<PlanSummary> {
  const { rows } = await client.query<{ "QUERY PLAN": ExplainOutput }>(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.sql}`,
    query.params,
  );
  const output = rows[0]?.["QUERY PLAN"];
  if (!output) throw new Error(`EXPLAIN returned nothing for: ${query.sql.slice(0, 80)}`);
  return summarizePlan(output);
}
