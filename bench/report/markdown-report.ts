import type { FeedScenarioResult } from "@/bench/db-phase/run-db-phase";
import type { SoakRun } from "@/bench/http/soak";
import type { FloorComparison } from "@/bench/http/run-http-phase";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import type { BenchResult } from "./bench-result";
import { cpuProfileSection } from "./cpu-profile-report";
import { pageBytesTable } from "./render-targets";
import { checkTargets } from "./targets";

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "–" : value < 10 ? value.toFixed(2) : value.toFixed(1));
const spread = (summary: { p50: number; p95: number } | undefined) => (summary ? `${ms(summary.p50)} / ${ms(summary.p95)}` : "–");
const times = (value: number | undefined) => (value === undefined ? "–" : `${value}×`);

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

/** The main statement (the posts query) is the first one the app sends. */
function planOf(scenario: FeedScenarioResult): string {
  const plan = scenario.app.statements[0]?.plan;
  if (!plan) return "–";
  const seq = plan.seqScans.map((scan) => `Seq Scan ${scan.relation} (${scan.rows.toLocaleString("en")} rows)`);
  const sorts = plan.sorts.map((sort) => `${sort.method} of ${sort.rows.toLocaleString("en")}`);
  return [...seq, ...sorts].join("; ") || "index scans only";
}

function dbTable(result: BenchResult): string {
  return table(
    ["feed", "pages before", "statements", "listX p50 / p95 ms", "SQL plan + exec p50 / p95 ms", "main statement: seq scans, sorts", "rows scanned", "buffers hit / read",
      "naive queries", "naive p50 / p95 ms", "raw pg p50 / p95 ms", "naive ÷ app", "app ÷ raw", "raw = app page"],
    result.db.map((s) => {
      const main = s.app.statements[0]?.plan;
      return [s.name, String(s.pages), String(s.app.queries), spread(s.app.wallMs), spread(s.app.sqlDatabaseMs), planOf(s),
        (main?.rowsScanned ?? 0).toLocaleString("en"), `${main?.sharedHitBlocks ?? 0} / ${main?.sharedReadBlocks ?? 0}`,
        s.naive ? String(s.naive.queries) : "–", spread(s.naive?.wallMs), spread(s.raw?.wallMs),
        times(s.ratios.naiveOverApp), times(s.ratios.appOverRaw), s.raw ? String(s.raw.samePage) : "–"];
    }),
  );
}

function planDetails(result: BenchResult): string {
  return result.db.map((s) => {
    const lines = s.app.statements.map((statement, index) =>
      `  ${index + 1}. ${ms(statement.databaseMs.p50)} ms: ${statement.plan.nodes.join(" → ")}`);
    if (s.naive) lines.push(`  naive OFFSET query: ${ms(s.naive.offsetPlan.executionMs)} ms, ${s.naive.offsetPlan.rowsScanned.toLocaleString("en")} rows scanned: ${s.naive.offsetPlan.nodes.join(" → ")}`);
    if (s.raw) lines.push(`  raw pg query: ${ms(s.raw.plan.executionMs)} ms, ${s.raw.plan.rowsScanned.toLocaleString("en")} rows scanned: ${s.raw.plan.nodes.join(" → ")}`);
    return `- **${s.name}**\n${lines.join("\n")}`;
  }).join("\n");
}

function designsTable(result: BenchResult): string {
  const rows = result.db.filter((s) => s.designs).map((s) => {
    const { recentWalk, accountMerge } = s.designs!;
    const plan = (design: typeof recentWalk) => `${ms(design.plan.executionMs)} ms, ${design.plan.rowsScanned.toLocaleString("en")} rows read`;
    return [s.name, spread(recentWalk.wallMs), plan(recentWalk), recentWalk.rows === PAGE_SIZE + 1 ? "full page" : `${recentWalk.rows} rows: falls back`,
      spread(accountMerge.wallMs), plan(accountMerge)];
  });
  return table(["feed", "recent walk p50 / p95 ms", "walk plan", "walk result", "per-account merge p50 / p95 ms", "merge plan"], rows);
}

function targetsSection(result: BenchResult): string {
  return table(["target", "measured", "met"], checkTargets(result).map((check) => [check.target, check.measured, check.met ? "yes" : "**no**"]));
}

function httpSection(result: BenchResult): string {
  if ("skipped" in result.http) return `HTTP phase skipped: ${result.http.skipped}`;
  const http = result.http;
  const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`;
  return [
    `${http.sessions} signed-in users; Next server RSS ${mib(http.rssStartBytes)} at start, ${mib(http.rssEndBytes)} at the end.`,
    "",
    table(["page", "paths", "req/s", "p50 / p95 / p99 ms", "requests", "errors", "non-2xx"],
      http.scenarios.map((s) => [s.name, String(s.paths), String(s.requestsPerSecond),
        `${ms(s.latencyMs.p50)} / ${ms(s.latencyMs.p95)} / ${ms(s.latencyMs.p99)}`, String(s.requests), String(s.errors), String(s.non2xx)])),
    "",
    http.floorComparisons ? `${floorTable(http.floorComparisons)}\n` : "",
    http.pageBytes ? `Feed pages for the first signed-in user (uncompressed; the HTML carries the RSC payload too):\n\n${pageBytesTable(http.pageBytes)}\n` : "",
    memorySection(http.soaks),
  ].join("\n");
}

/** Each feed page against /login measured in turn with it (bench/http/load.ts, `runInterleaved`). */
function floorTable(comparisons: FloorComparison[]): string {
  const rows = comparisons.map(({ floor, page }) => [page.name, `${page.requestsPerSecond} / ${floor.requestsPerSecond}`,
    `${Math.round((page.requestsPerSecond / floor.requestsPerSecond) * 100)} %`, `${ms(page.latencyMs.p95)} / ${ms(floor.latencyMs.p95)}`]);
  return [
    "Feed pages and /login measured in turn (/login, page, page, /login; each half the scenario length):",
    "",
    table(["page", "req/s: page / its /login", "share", "p95 ms: page / its /login"], rows),
  ].join("\n");
}

/** Each memory soak: its load, the growth it is judged by, and every RSS sample. */
function memorySection(soaks: SoakRun[]): string {
  if (soaks.length === 0) return "No memory soak run.";
  const rows = soaks.map((soak) => [soak.name, `${soak.seconds} s × ${soak.connections}`, soak.requests.toLocaleString("en"), String(soak.aborted),
    String(soak.errors + soak.non2xx), `${soak.samples[0]?.rssMiB} → ${soak.samples.at(-1)?.rssMiB}`, soak.rssMiBPer1000Requests.toFixed(2)]);
  const samples = soaks.map((soak) => `- ${soak.name}: ${soak.samples.map((s) => `${s.seconds} s ${s.rssMiB}`).join(", ")}`);
  return [
    `### Memory soaks (server RSS; growth: least-squares slope of RSS over requests served, after the first ${soaks[0]!.warmUpSeconds} s)`,
    "",
    table(["soak", "length × connections", "requests", "aborted", "errors", "RSS MiB start → end", "MiB / 1,000 requests"], rows),
    "",
    "RSS samples (seconds, MiB):",
    ...samples,
  ].join("\n");
}

export function markdownReport(result: BenchResult): string {
  const m = result.machine;
  const g = result.generation;
  const counts = Object.entries(g.counts).map(([table, count]) => `${table} ${count.toLocaleString("en")}`).join(", ");
  const steps = Object.entries(g.seconds).map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`).join(", ");
  return `# Commons benchmark, ${result.date}, scale \`${result.scale}\`

Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}, ${m.postgres}.

Data: ${counts} (database ${g.databaseSize}); generated in ${g.totalSeconds.toFixed(1)} s (${steps}; foreign-key triggers ${g.foreignKeyChecks ? "on" : "skipped"}).
Subjects: ${result.subjects.following500.username} follows ${result.subjects.following500.count}, ${result.subjects.followingMost.username} follows ${result.subjects.followingMost.count}, ${result.subjects.prolificAuthor.username} wrote ${result.subjects.prolificAuthor.count} posts, ${result.subjects.sparseReader.username} follows ${result.subjects.sparseReader.count} quiet accounts, ${result.subjects.topReposter.username} reposted ${result.subjects.topReposter.count} posts, #${result.subjects.busiestTag.id} tags ${result.subjects.busiestTag.count} posts, the longest conversation has ${result.subjects.longestThread.count} top-level comments.

## Targets

${targetsSection(result)}

## Database (${result.runs} runs each, ${result.db[0]?.app.sqlDatabaseMs.runs ?? result.runs} of the statements for database times; "deep" = the cursor after up to 50 pages of 20)

${dbTable(result)}

### The home feed's two designs, each alone (lib/posts/home-feed.ts)

${designsTable(result)}

### Plans (EXPLAIN ANALYZE, BUFFERS; every statement the app sends, in order)

${planDetails(result)}

## HTTP

${httpSection(result)}

## CPU per request

${cpuProfileSection(result)}
`;
}
