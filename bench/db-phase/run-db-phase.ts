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
  const totals: number[] = [];
  const plans: PlanSummary[] = [];
  for (let run = 0; run <= runs; run++) {
    let total = 0;
    for (const [index, statement] of statements.entries()) {
      const plan = await explainAnalyze(client, statement);
      const databaseMs = plan.planningMs + plan.executionMs;
      // Run 0 warms the cache and is not counted.
      if (run > 0) times[index]?.push(databaseMs);
      total += databaseMs;
      plans[index] = plan;
    }
    if (run > 0) totals.push(total);
  }
  return { plans, times, totals };
}

/**
 * Every statement of a page as the app runs it (`asTheAppRunsIt`), measured `runs` times. A page's
 * database time is planning and execution together: planning a feed statement afresh can cost
 * more than running it.
 */
async function explainAll(client: pg.ClientBase, captured: CapturedQuery[], runs: number) {
  const names = captured.map((_, index) => `bench_statement_${index}`);
  const statements: CapturedQuery[] = [];
  for (const [index, statement] of captured.entries()) statements.push(await asTheAppRunsIt(client, statement, names[index]!));
  try {
    const { plans, times, totals } = await explainEach(client, statements, runs);
    return {
      sqlDatabaseMs: summarize(totals),
      statements: captured.map((statement, index) => ({
        sql: statement.sql, plan: plans[index]!, databaseMs: summarize(times[index] ?? []),
      })),
    };
  } finally {
    for (const [index, statement] of statements.entries()) {
      if (statement !== captured[index]) await client.query(`DEALLOCATE ${names[index]}`);
    }
  }
}

async function runScenario(client: pg.ClientBase, scenario: Scenario, runs: number): Promise<FeedScenarioResult> {
  const position = scenario.deep
    ? await cursorAfterPages(client, scenario.kind, scenario.subjectId, DEEP_PAGES, PAGE_SIZE)
    : { pages: 0, cursor: null };
  const loadPage = load(scenario, position.cursor);
  const captured = await captureQueries(loadPage);
  const app = { queries: captured.length, wallMs: summarize(await timeRuns(runs, loadPage)), ...(await explainAll(client, captured, runs)) };
  const result: FeedScenarioResult = { name: scenario.name, kind: scenario.kind, pages: position.pages, app, ratios: {} };
  if (scenario.kind !== "home" || scenario.baselines === false) return result;

  const naiveStatements = await captureQueries(() => naiveHomeFeed(scenario.viewerId, position.pages));
  const naive = {
    queries: naiveStatements.length,
    wallMs: summarize(await timeRuns(runs, () => naiveHomeFeed(scenario.viewerId, position.pages))),
    offsetPlan: await explainAnalyze(client, naiveStatements[0]!),
  };
  const rawPage = await rawHomeFeed(client, scenario.viewerId, position.cursor);
  const appPage = await listHomeFeed(scenario.viewerId, position.cursor);
  const [appTimes, rawTimes] = await timePairedRuns(runs, loadPage, () => rawHomeFeed(client, scenario.viewerId, position.cursor));
  const raw = {
    wallMs: summarize(rawTimes),
    appWallMs: summarize(appTimes),
    plan: await explainAnalyze(client, rawPage.statement),
    // Same posts in the same order, and the same counts: the comparison is fair.
    samePage: JSON.stringify(rawPage.rows.slice(0, PAGE_SIZE).map((row) => [row.id, row.likeCount, row.commentCount, row.repostCount])) ===
      JSON.stringify(appPage.items.map((post) => [post.id, post.likeCount, post.commentCount, post.repostCount])),
  };
  const designs = await compareHomeDesigns(client, scenario.viewerId, decodeCursor(position.cursor), runs);
  return {
    ...result, naive, raw, designs,
    ratios: { naiveOverApp: ratio(naive.wallMs.p50, app.wallMs.p50), appOverRaw: ratio(raw.appWallMs.p50, raw.wallMs.p50) },
  };
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
    for (const [index, scenario] of base.entries()) {
      for (const deep of [false, true]) {
        const name = `${labels[index]}, ${deep ? "deep" : "first"} page`;
        console.error(`  ${name}`);
        results.push(await runScenario(client, { ...scenario, name, deep }, runs));
      }
    }
    // The same reader again, with issue 16's heavy lists: what blocking and muting cost a feed.
    await withSafetyLists(client, viewer, async (lists) => {
      const guarded = `${GUARDED_PREFIX} (follows ${subjects.following500.count}, ${lists.blocks.toLocaleString("en")} blocks, ` +
        `${lists.mutes.toLocaleString("en")} mutes, ${lists.words} muted words)`;
      for (const deep of [false, true]) {
        const name = `${guarded}, ${deep ? "deep" : "first"} page`;
        console.error(`  ${name}`);
        results.push(await runScenario(client, { kind: "home", subjectId: viewer, viewerId: viewer, name, deep, baselines: false }, runs));
      }
    });
    return results;
  } finally {
    await client.end();
  }
}
