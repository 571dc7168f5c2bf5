import { GUARDED_PREFIX, type FeedScenarioResult } from "@/bench/db-phase/run-db-phase";
import { ratio } from "@/bench/stats";
import type { SoakRun } from "@/bench/http/soak";
import type { BenchResult } from "./bench-result";
import { renderChecks } from "./render-targets";

/** One target of the performance issue, what this run measured, and whether it holds. */
export type TargetCheck = { target: string; measured: string; met: boolean };

const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "–");

function homeScenarios(result: BenchResult, subject: string) {
  const first = result.db.find((s) => s.kind === "home" && s.name.startsWith(subject) && s.pages === 0);
  const deep = result.db.find((s) => s.kind === "home" && s.name.startsWith(subject) && s.pages > 0);
  return { first, deep };
}

function feedChecks(label: string, first: FeedScenarioResult | undefined, deep: FeedScenarioResult | undefined): TargetCheck[] {
  if (!first || !deep) return [];
  const firstDb = first.app.sqlDatabaseMs.p95;
  const deepOverFirst = ratio(deep.app.sqlDatabaseMs.p50, first.app.sqlDatabaseMs.p50);
  const naive = deep.ratios.naiveOverApp ?? Number.NaN;
  const appOverRaw = Math.max(first.ratios.appOverRaw ?? Number.NaN, deep.ratios.appOverRaw ?? Number.NaN);
  return [
    { target: `${label}: database time of the first page ≤ 5 ms at p95`, measured: `${fixed(firstDb)} ms`, met: firstDb <= 5 },
    { target: `${label}: page after ${deep.pages} pages within 1.2× of the first (database time, p50)`, measured: `${fixed(deepOverFirst)}×`, met: deepOverFirst <= 1.2 },
    { target: `${label}: naive OFFSET + N+1 at that depth ≥ 10× slower`, measured: `${fixed(naive)}×`, met: naive >= 10 },
    { target: `${label}: the app's read ÷ raw pg ≤ 1.5× (issue 11's Prisma ÷ raw; wall time p50, timed in turn, worse of both pages)`, measured: `${fixed(appOverRaw)}×`, met: appOverRaw <= 1.5 },
  ];
}

/** The memory target: after the first minute, RSS grows by less than 1 MiB per 1,000 requests. */
export const MAX_RSS_MIB_PER_1000_REQUESTS = 1;

function memoryCheck(soak: SoakRun): TargetCheck {
  const growth = soak.rssMiBPer1000Requests;
  const first = soak.samples[0]?.rssMiB;
  const last = soak.samples.at(-1)?.rssMiB;
  return {
    target: `server RSS grows < ${MAX_RSS_MIB_PER_1000_REQUESTS} MiB per 1,000 requests after the warm-up, ${soak.seconds} s soak at ${soak.connections} connections: ${soak.name}`,
    measured: `${fixed(growth)} MiB / 1,000 requests (${first} → ${last} MiB over ${soak.requests.toLocaleString("en")} requests, ${soak.aborted} aborted, ${soak.errors + soak.non2xx} errors)`,
    met: Number.isFinite(growth) && growth < MAX_RSS_MIB_PER_1000_REQUESTS,
  };
}

/** The app's read ÷ raw for the sparse reader, whose page the per-account merge answers. */
function sparseChecks(result: BenchResult): TargetCheck[] {
  const { first, deep } = homeScenarios(result, "home, sparse");
  const ratios = [first, deep].map((scenario) => scenario?.ratios.appOverRaw).filter((value) => value !== undefined);
  if (ratios.length === 0) return [];
  const worst = Math.max(...ratios);
  return [{ target: "home, sparse: the app's read ÷ raw pg ≤ 1.5× (issue 11's Prisma ÷ raw; wall time p50, timed in turn, worse of both pages)", measured: `${fixed(worst)}×`, met: worst <= 1.5 }];
}

/** Issue 16: heavy safety lists keep the home feed's database targets and its number of statements. */
function guardedChecks(result: BenchResult, plain: ReturnType<typeof homeScenarios>): TargetCheck[] {
  const guarded = homeScenarios(result, GUARDED_PREFIX);
  if (!guarded.first || !guarded.deep || !plain.first || !plain.deep) return [];
  const label = guarded.first.name.replace(/, first page$/, "");
  const statements = [guarded.first, guarded.deep].map((s) => s.app.queries);
  const plainStatements = [plain.first, plain.deep].map((s) => s.app.queries);
  const deepDb = guarded.deep.app.sqlDatabaseMs.p95;
  return [
    ...feedChecks(label, guarded.first, guarded.deep).slice(0, 2),
    { target: `${label}: database time of the deep page ≤ 5 ms at p95`, measured: `${fixed(deepDb)} ms`, met: deepDb <= 5 },
    {
      target: `${label}: the same number of statements per page as without the lists`,
      measured: `${statements.join(" / ")} (without: ${plainStatements.join(" / ")})`,
      met: statements.every((count, index) => count === plainStatements[index]),
    },
  ];
}

function httpChecks(result: BenchResult): TargetCheck[] {
  if ("skipped" in result.http) return [];
  const { scenarios, writeChecks, soaks } = result.http;
  const find = (prefix: string) => scenarios.find((s) => s.name.startsWith(prefix));
  const home = find("home feed, first page");
  const floor = find("static");
  const checks: TargetCheck[] = [];
  if (home && floor) {
    const share = home.requestsPerSecond / floor.requestsPerSecond;
    checks.push(
      { target: "home feed HTTP p95 ≤ 100 ms with 0 errors", measured: `${fixed(home.latencyMs.p95)} ms, ${home.errors + home.non2xx} errors`, met: home.latencyMs.p95 <= 100 && home.errors + home.non2xx === 0 },
      { target: "home feed throughput ≥ 40% of the static page's", measured: `${Math.round(share * 100)}% (${home.requestsPerSecond} vs ${floor.requestsPerSecond} req/s)`, met: share >= 0.4 },
    );
  }
  for (const prefix of ["like toggle", "create post"]) {
    const write = find(prefix);
    if (write) checks.push({ target: `${prefix} p95 ≤ 50 ms with 0 errors`, measured: `${fixed(write.latencyMs.p95)} ms, ${write.errors + write.non2xx} errors`, met: write.latencyMs.p95 <= 50 && write.errors + write.non2xx === 0 });
  }
  for (const check of writeChecks) checks.push({ target: `exact afterwards: ${check.name}`, measured: `${check.found} of ${check.expected}`, met: check.exact });
  const errors = scenarios.reduce((sum, s) => sum + s.errors + s.non2xx, 0);
  checks.push({ target: "zero errors over every HTTP scenario", measured: String(errors), met: errors === 0 });
  checks.push(...soaks.map(memoryCheck));
  return checks;
}

export function checkTargets(result: BenchResult): TargetCheck[] {
  const heavy = homeScenarios(result, `home (follows ${result.subjects.followingMost.count})`);
  const typical = homeScenarios(result, `home (follows ${result.subjects.following500.count})`);
  return [
    ...feedChecks(`home, follows ${result.subjects.following500.count}`, typical.first, typical.deep),
    ...feedChecks(`home, follows ${result.subjects.followingMost.count}`, heavy.first, heavy.deep),
    ...sparseChecks(result),
    ...guardedChecks(result, typical),
    ...httpChecks(result),
    ...renderChecks(result),
  ];
}
