import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Subjects } from "@/bench/db-phase/subjects";
import { DEEP_PAGES } from "@/bench/db-phase/run-db-phase";
import { cursorAfterPages } from "@/bench/db-phase/reference-feed";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { postHref, tagHref } from "@/lib/routes";
import { type HttpScenarioResult, type LoadScenario, readPaths, runInterleaved, runLoad } from "./load";
import { type SoakRun, runSoak } from "./soak";
import { logInAll } from "@/scripts/lib/http/sessions";
import { startNextServer } from "@/scripts/lib/http/next-server";
import { type ProfiledScenario, profileScenarios } from "./profile-scenarios";
import { type PageBytes, measurePageBytes } from "./page-bytes";
import { createPosts, likeToggle, type WriteCheck } from "./write-scenarios";

export type HttpOptions = {
  port: number;
  durationSeconds: number;
  connections: number;
  sessions: number;
  /** Length of each memory soak (0: none), and its readers. */
  soakSeconds: number;
  soakConnections: number;
};

/** The memory soaks: signed-in page loads, then the same with every 20th request given up mid-answer (5 %). */
const SOAKS = [{ name: "signed-in page loads", abortEvery: 0 }, { name: "signed-in page loads, 5 % aborted by the client mid-answer", abortEvery: 20 }];

export type HttpPhaseResult = {
  sessions: number;
  rssStartBytes: number;
  rssEndBytes: number;
  scenarios: HttpScenarioResult[];
  /** HTML and RSC bytes of each feed page for the first signed-in user (absent in results from before it was measured). */
  pageBytes?: PageBytes[];
  writeChecks: WriteCheck[];
  soaks: SoakRun[];
  /** Where the CPU of a request goes, for the pages named in PROFILED (bench/http/profile-scenarios.ts). */
  cpuProfiles: ProfiledScenario[];
  /** Each feed page measured in turn with /login (absent in results from before it was measured). */
  floorComparisons?: FloorComparison[];
};

/** A feed page and /login, the data-free rendering floor, measured in turn (`runInterleaved`). */
export type FloorComparison = { floor: HttpScenarioResult; page: HttpScenarioResult };

/** The feed pages whose cost issue 11 compares with /login's, by the start of their scenario's name. */
const FLOOR_COMPARED = ["home feed, first page", "explore", "profile /", "post page"];

/** The read scenarios also run under a CPU profiler: the rendering floor and the feeds. */
const PROFILED = ["/login", "home feed, first page", "explore"];

export type { HttpScenarioResult };

/**
 * Where a profile is served: /u/<name>, or wherever that redirects to (the
 * app may serve profiles at /@<name>), so the load hits the page, not a redirect.
 */
async function profilePath(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/u/${username}`, { redirect: "manual" });
  const location = response.headers.get("location");
  return location ? new URL(location, baseUrl).pathname : `/u/${username}`;
}

/** Each signed-in user's home feed after 50 pages (or as deep as it goes), and common search terms. */
async function pathsFromData(client: pg.ClientBase, usernames: string[]) {
  const { rows: users } = await client.query<{ id: string; username: string }>("SELECT id, username FROM users WHERE username = ANY($1::text[])", [usernames]);
  const ids = usernames.map((name) => users.find((user) => user.username === name)!.id);
  const deepHome: string[] = [];
  for (const id of ids) {
    const { cursor } = await cursorAfterPages(client, "home", id, DEEP_PAGES, PAGE_SIZE);
    deepHome.push(cursor ? `/?cursor=${cursor}` : "/");
  }
  const { rows: words } = await client.query<{ word: string }>(
    `SELECT word FROM ts_stat('SELECT search_vector FROM posts ORDER BY id LIMIT 5000')
     WHERE length(word) >= 5 ORDER BY ndoc DESC, word OFFSET 10 LIMIT 10`,
  );
  return { ids, deepHome, searches: words.map(({ word }) => `/search?q=${encodeURIComponent(word)}&type=posts`) };
}

/** The memory soaks, one after the other on the same server, each bounded by `soakSeconds`. */
async function soaks(baseUrl: string, paths: string[], cookies: string[], options: HttpOptions, rssBytes: () => Promise<number>): Promise<SoakRun[]> {
  const seconds = options.soakSeconds;
  // The first minute is the warm-up (the JIT, caches, the heap finding its size); a short run skips its first half.
  const warmUpSeconds = seconds >= 120 ? 60 : seconds / 2;
  // Every 5 s: the slope is fitted over many samples, so that the heap's own breathing averages out.
  const sampleEverySeconds = Math.max(1, Math.min(5, Math.floor(seconds / 12)));
  const runs: SoakRun[] = [];
  for (const soak of SOAKS) {
    console.error(`  memory soak, ${seconds} s: ${soak.name}`);
    runs.push(await runSoak(soak.name, baseUrl, paths, cookies, {
      connections: options.soakConnections, seconds, abortEvery: soak.abortEvery, warmUpSeconds, sampleEverySeconds, maxRequests: 200 * seconds * options.soakConnections,
    }, rssBytes));
  }
  return runs;
}

/**
 * Each feed page of FLOOR_COMPARED and /login in turn: two runs each of half
 * the scenario length, ordered /login, page, page, /login, so that each page
 * and the floor it is held to share the machine's moment.
 */
async function compareWithFloor(baseUrl: string, reads: LoadScenario[], cookies: string[], options: HttpOptions): Promise<FloorComparison[]> {
  const floor = reads.find((scenario) => scenario.name.startsWith("/login"))!;
  const comparisons: FloorComparison[] = [];
  for (const page of reads.filter((scenario) => FLOOR_COMPARED.some((prefix) => scenario.name.startsWith(prefix)))) {
    console.error(`  ${page.name}, in turn with /login`);
    const halfRun = { ...options, durationSeconds: Math.max(1, Math.round(options.durationSeconds / 2)), rounds: 2 };
    const [floorResult, pageResult] = await runInterleaved(baseUrl, floor, page, cookies, halfRun);
    comparisons.push({ floor: floorResult, page: pageResult });
  }
  return comparisons;
}

/** Production server on the bench database, logged-in users, every page and write under load in turn, then the memory soaks. */
export async function runHttpPhase(databaseUrl: string, subjects: Subjects, options: HttpOptions): Promise<HttpPhaseResult> {
  const server = await startNextServer(databaseUrl, options.port);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rssStartBytes = await server.rssBytes();
    const usernames = subjects.activeUsernames.slice(0, options.sessions);
    const cookies = await logInAll(server.baseUrl, usernames);
    const { ids, deepHome, searches } = await pathsFromData(client, usernames);
    const sessions = cookies.map((cookie, index) => ({ cookie, userId: ids[index]! }));
    const profile = await profilePath(server.baseUrl, subjects.prolificAuthor.username);
    const posts = subjects.busyPostIds.map((id) => `/p/${id}`);
    const repostingProfile = await profilePath(server.baseUrl, subjects.topReposter.username);
    const pageBytes = await measurePageBytes(server.baseUrl, cookies[0]!, [
      { name: "home", path: "/" }, { name: "explore", path: "/explore" }, { name: "profile", path: profile }, { name: "post page", path: posts[0]! },
    ]);
    const reads: LoadScenario[] = [
      readPaths("static /robots.txt (framework floor)", ["/robots.txt"], false),
      readPaths("/login: a server-rendered page without data (rendering floor)", ["/login"], false),
      readPaths("home feed, first page", ["/"]),
      { ...readPaths(`home feed, after up to ${DEEP_PAGES} pages`, deepHome), requestFor: (connection) => ({ path: deepHome[connection % deepHome.length]! }) },
      readPaths("explore", ["/explore"]),
      readPaths(`profile ${profile}`, [profile]),
      readPaths("post page (busiest posts)", posts),
      readPaths("search posts (common words)", searches),
      readPaths(`profile with reposts ${repostingProfile}`, [repostingProfile]),
      readPaths(`tag page #${subjects.busiestTag.id}`, [tagHref(subjects.busiestTag.id)]),
      readPaths("conversation page (the most top-level comments)", [postHref(subjects.longestThread.id)]),
    ];
    const scenarios: HttpScenarioResult[] = [];
    for (const scenario of reads) {
      console.error(`  ${scenario.name}`);
      scenarios.push(await runLoad(server.baseUrl, scenario, cookies, options));
    }
    const floorComparisons = await compareWithFloor(server.baseUrl, reads, cookies, options);
    const profiled = reads.filter((scenario) => PROFILED.some((prefix) => scenario.name.startsWith(prefix)));
    const cpuProfiles = await profileScenarios(databaseUrl, profiled, cookies, { ...options, port: options.port + 1, env: server.env, warmupSeconds: 2 });

    const writes = [
      await likeToggle(server.baseUrl, sessions.slice(0, options.connections), subjects.busyPostIds.slice(0, 8)),
      await createPosts(server.baseUrl, sessions.slice(0, options.connections), randomBytes(4).toString("hex")),
    ];
    const writeChecks: WriteCheck[] = [];
    for (const write of writes) {
      console.error(`  ${write.scenario.name}`);
      scenarios.push(await runLoad(server.baseUrl, write.scenario, cookies, options));
      writeChecks.push(await write.check(client));
    }

    const pages = ["/", "/explore", profile, ...posts.slice(0, 5)];
    const soakRuns = options.soakSeconds > 0 ? await soaks(server.baseUrl, pages, cookies, options, server.rssBytes) : [];
    return {
      sessions: cookies.length, rssStartBytes, rssEndBytes: await server.rssBytes(), scenarios, pageBytes, writeChecks, soaks: soakRuns, cpuProfiles, floorComparisons,
    };
  } finally {
    await client.end();
    await server.stop();
  }
}
