import type pg from "pg";
import { PAGE_SIZE, type Cursor } from "@/lib/pagination/cursor";
import { followedAmongRecent, latestOfEachFollowed, RECENT_WINDOW } from "@/lib/posts/home-feed";
import { summarize, timeRuns, type Summary } from "@/bench/stats";
import { captureQueries } from "./capture-sql";
import { explainAnalyze, type PlanSummary } from "./explain";

export type DesignResult = { rows: number; wallMs: Summary; plan: PlanSummary };

/**
 * The home feed's two read designs measured on their own for one page: the
 * walk over recent posts and reposts (what a dense feed uses) and the
 * per-account merge (what a sparse feed falls back to). `recentWalk.rows < PAGE_SIZE + 1`
 * means the app would have fallen back for this page.
 */
export type HomeDesigns = { recentWalk: DesignResult; accountMerge: DesignResult };

async function measure(client: pg.ClientBase, work: () => Promise<unknown[]>, runs: number): Promise<DesignResult> {
  const [statement] = await captureQueries(work);
  const rows = (await work()).length;
  return { rows, wallMs: summarize(await timeRuns(runs, work)), plan: await explainAnalyze(client, statement!) };
}

export async function compareHomeDesigns(client: pg.ClientBase, viewerId: string, cursor: Cursor | null, runs: number): Promise<HomeDesigns> {
  const limit = PAGE_SIZE + 1;
  return {
    recentWalk: await measure(client, () => followedAmongRecent(viewerId, cursor, limit, RECENT_WINDOW), runs),
    accountMerge: await measure(client, () => latestOfEachFollowed(viewerId, cursor, limit), runs),
  };
}
