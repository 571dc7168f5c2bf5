import pg from "pg";
import { listCommentBranch } from "@/lib/comments/tree";
import { listHomeFeed, listLatestPosts, listUserPosts } from "@/lib/posts/queries";
import { listTaggedPosts } from "@/lib/tags/queries";
import { PAGE_SIZE, decodeCursor } from "@/lib/pagination/cursor";
import { ratio, summarize, timeRuns, type Summary } from "@/bench/stats";
import { naiveHomeFeed, rawHomeFeed } from "./baselines";
import { captureQueries, type CapturedQuery } from "./capture-sql";
import { asTheAppRunsIt, explainAnalyze, type PlanSummary } from "./explain";
import { timePairedRuns } from "./paired-runs";
import { withSafetyLists } from "./safety-lists";
import { compareHomeDesigns, type HomeDesigns } from "./home-designs";
import { cursorAfterPages, type FeedKind } from "./reference-feed";
import type { Subjects } from "./subjects";

/**
 * How many times more often a page's statements are timed (EXPLAIN ANALYZE, for its database
 * time) than the page is loaded. With 20 runs a p95 is the second slowest of them, and two stalls
 * of this VM failed a target (a first page of p50 2.05 ms and p95 5.65 ms). A run of the
 * statements costs milliseconds; the wall-time and baseline loops keep the runs asked for.
 */
const STATEMENT_RUNS_PER_RUN = 5;

/** The name of the home scenarios read by a reader with heavy safety lists (issue 16). */
export const GUARDED_PREFIX = "home, guarded";

/** How deep the "deep page" is: the cursor a reader holds after 50 pages. */
export const DEEP_PAGES = 50;

/** `databaseMs`: planning and execution, as a warm connection of the app runs the statement. */
export type StatementResult = { sql: string; plan: PlanSummary; databaseMs: Summary };

export type FeedScenarioResult = {
  name: string;
  kind: FeedKind;
  /** Pages read before this one: 0 for the first page. */
  pages: number;
  /** The app's own read of the page: its statements, their database time, and its wall time. */
  app: { queries: number; wallMs: Summary; sqlDatabaseMs: Summary; statements: StatementResult[] };
  naive?: { queries: number; wallMs: Summary; offsetPlan: PlanSummary };
  /** The raw page, timed in turn with the app's (`appWallMs`): the ratio compares those two series. */
  raw?: { wallMs: Summary; appWallMs: Summary; plan: PlanSummary; samePage: boolean };
  designs?: HomeDesigns;
  ratios: { naiveOverApp?: number; appOverRaw?: number };
};

/** `baselines: false` skips the naive and raw pages, which know nothing of blocks and mutes. */
type Scenario = { name: string; kind: FeedKind; subjectId: string; viewerId: string; deep: boolean; baselines?: boolean };

function load(scenario: Scenario, cursor: string | null) {
  if (scenario.kind === "home") return () => listHomeFeed(scenario.viewerId, cursor);
  if (scenario.kind === "explore") return () => listLatestPosts(scenario.viewerId, cursor);
  if (scenario.kind === "tag") return () => listTaggedPosts(scenario.subjectId, scenario.viewerId, cursor);
  // What "More comments" loads: the keyset page. The page served without JavaScript also re-reads up to
  // nine earlier pages (EARLIER_COMMENTS_KEPT) so that the list grows: bounded, but ten pages' worth.
  if (scenario.kind === "thread") return () => listCommentBranch(scenario.subjectId, null, cursor);
  return () => listUserPosts(scenario.subjectId, scenario.viewerId, cursor);
}

/** EXPLAIN (ANALYZE, BUFFERS) of `statements`, `runs` times: the last plans, and the spread of database times. */
async function explainEach(client: pg.ClientBase, statements: CapturedQuery[], runs: number) {
  const times: number[][] = statements.map(() => []);
  const plans: PlanSummary[] = [];
  for (let run = 0; run <= runs; run++) {
    for (const [index, statement] of statements.entries()) {
      const plan = await explainAnalyze(client, statement);
      // Run 0 warms the cache and is not counted.
      if (run > 0) times[index]?.push(plan.planningMs + plan.executionMs);
      plans[index] = plan;
    }
  }
  return { plans, times };
}

/**
 * Every statement of each page as the app runs it (`asTheAppRunsIt`), measured `runs` times, the
 * pages in turn run by run: the deep page's ratio to the first then compares runs made at the same
 * moments, and a drift of this VM's speed between two series a minute apart stays out of it. A
 * page's database time is planning and execution together: planning a feed statement afresh can
 * cost more than running it.
 */
async function explainPages(client: pg.ClientBase, pages: CapturedQuery[][], runs: number) {
  const captured = pages.flat();
  const names = captured.map((_, index) => `bench_statement_${index}`);
  const statements: CapturedQuery[] = [];
  for (const [index, statement] of captured.entries()) statements.push(await asTheAppRunsIt(client, statement, names[index]!));
  try {
    const { plans, times } = await explainEach(client, statements, runs);
    let offset = 0;
    return pages.map((page) => {
      const indexes = page.map((_, index) => offset + index);
      offset += page.length;
      const totals = Array.from({ length: runs }, (_, run) => indexes.reduce((sum, index) => sum + (times[index]?.[run] ?? 0), 0));
      return {
        sqlDatabaseMs: summarize(totals),
        statements: indexes.map((index) => ({ sql: captured[index]!.sql, plan: plans[index]!, databaseMs: summarize(times[index] ?? []) })),
      };
    });
  } finally {
    for (const [index, statement] of statements.entries()) {
      if (statement !== captured[index]) await client.query(`DEALLOCATE ${names[index]}`);
    }
  }
}

type PageDatabaseTimes = Awaited<ReturnType<typeof explainPages>>[number];

async function runScenario(
  client: pg.ClientBase, scenario: Scenario, cursor: string | null, pages: number, captured: CapturedQuery[], database: PageDatabaseTimes, runs: number,
): Promise<FeedScenarioResult> {
  const loadPage = load(scenario, cursor);
  const app = { queries: captured.length, wallMs: summarize(await timeRuns(runs, loadPage)), ...database };
  const result: FeedScenarioResult = { name: scenario.name, kind: scenario.kind, pages, app, ratios: {} };
  if (scenario.kind !== "home" || scenario.baselines === false) return result;

  const naiveStatements = await captureQueries(() => naiveHomeFeed(scenario.viewerId, pages));
  const naive = {
    queries: naiveStatements.length,
    wallMs: summarize(await timeRuns(runs, () => naiveHomeFeed(scenario.viewerId, pages))),
    offsetPlan: await explainAnalyze(client, naiveStatements[0]!),
  };
  const rawPage = await rawHomeFeed(client, scenario.viewerId, cursor);
  const appPage = await listHomeFeed(scenario.viewerId, cursor);
  const [appTimes, rawTimes] = await timePairedRuns(runs, loadPage, () => rawHomeFeed(client, scenario.viewerId, cursor));
  const raw = {
    wallMs: summarize(rawTimes),
    appWallMs: summarize(appTimes),
    plan: await explainAnalyze(client, rawPage.statement),
    // Same posts in the same order, and the same counts: the comparison is fair.
    samePage: JSON.stringify(rawPage.rows.slice(0, PAGE_SIZE).map((row) => [row.id, row.likeCount, row.commentCount, row.repostCount])) ===
      JSON.stringify(appPage.items.map((post) => [post.id, post.likeCount, post.commentCount, post.repostCount])),
  };
  const designs = await compareHomeDesigns(client, scenario.viewerId, decodeCursor(cursor), runs);
  return {
    ...result, naive, raw, designs,
    ratios: { naiveOverApp: ratio(naive.wallMs.p50, app.wallMs.p50), appOverRaw: ratio(raw.appWallMs.p50, raw.wallMs.p50) },
  };
}

/** A feed's first page and the page after DEEP_PAGES pages, their database times measured in turn. */
async function runFirstAndDeep(client: pg.ClientBase, base: Omit<Scenario, "deep" | "name">, label: string, runs: number) {
  const scenarios = [false, true].map((deep): Scenario => ({ ...base, name: `${label}, ${deep ? "deep" : "first"} page`, deep }));
  const positions = [];
  for (const scenario of scenarios) {
    positions.push(scenario.deep ? await cursorAfterPages(client, scenario.kind, scenario.subjectId, DEEP_PAGES, PAGE_SIZE) : { pages: 0, cursor: null });
  }
  const captured: CapturedQuery[][] = [];
  for (const [index, scenario] of scenarios.entries()) captured.push(await captureQueries(load(scenario, positions[index]!.cursor)));
  const database = await explainPages(client, captured, runs * STATEMENT_RUNS_PER_RUN);
  const results: FeedScenarioResult[] = [];
  for (const [index, scenario] of scenarios.entries()) {
    console.error(`  ${scenario.name}`);
    const { cursor, pages } = positions[index]!;
    results.push(await runScenario(client, scenario, cursor, pages, captured[index]!, database[index]!, runs));
  }
  return results;
}

/** Every feed scenario of the database phase, measured `runs` times each. */
export async function runDbPhase(databaseUrl: string, subjects: Subjects, runs: number): Promise<FeedScenarioResult[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const viewer = subjects.following500.id;
  const base: Omit<Scenario, "deep" | "name">[] = [
    { kind: "home", subjectId: viewer, viewerId: viewer },
    { kind: "home", subjectId: subjects.followingMost.id, viewerId: subjects.followingMost.id },
    { kind: "home", subjectId: subjects.sparseReader.id, viewerId: subjects.sparseReader.id },
    { kind: "explore", subjectId: viewer, viewerId: viewer },
    { kind: "profile", subjectId: subjects.prolificAuthor.id, viewerId: viewer },
    { kind: "profile", subjectId: subjects.topReposter.id, viewerId: viewer },
    { kind: "tag", subjectId: subjects.busiestTag.id, viewerId: viewer },
    { kind: "thread", subjectId: subjects.longestThread.id, viewerId: viewer },
  ];
  const labels = [
    `home (follows ${subjects.following500.count})`, `home (follows ${subjects.followingMost.count})`,
    `home, sparse (follows ${subjects.sparseReader.count} quiet accounts)`, "explore", `profile (${subjects.prolificAuthor.count} posts)`,
    `profile with reposts (${subjects.topReposter.count} reposts)`, `tag #${subjects.busiestTag.id} (${subjects.busiestTag.count} posts)`,
    `conversation (${subjects.longestThread.count} top-level comments)`,
  ];
  try {
    const results: FeedScenarioResult[] = [];
    for (const [index, scenario] of base.entries()) results.push(...(await runFirstAndDeep(client, scenario, labels[index]!, runs)));
    // The same reader again, with issue 16's heavy lists: what blocking and muting cost a feed.
    await withSafetyLists(client, viewer, async (lists) => {
      const guarded = `${GUARDED_PREFIX} (follows ${subjects.following500.count}, ${lists.blocks.toLocaleString("en")} blocks, ` +
        `${lists.mutes.toLocaleString("en")} mutes, ${lists.words} muted words)`;
      results.push(...(await runFirstAndDeep(client, { kind: "home", subjectId: viewer, viewerId: viewer, baselines: false }, guarded, runs)));
    });
    return results;
  } finally {
    await client.end();
  }
}
