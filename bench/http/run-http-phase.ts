import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Subjects } from "@/bench/db-phase/subjects";
import { DEEP_PAGES } from "@/bench/db-phase/run-db-phase";
import { cursorAfterPages } from "@/bench/db-phase/reference-feed";
import { PAGE_SIZE } from "@/lib/pagination/cursor";
import { type HttpScenarioResult, type LoadScenario, readPaths, runLoad } from "./load";
import { type PageBytes, measurePageBytes } from "./page-bytes";
import { logInAll } from "./sessions";
import { startNextServer } from "./next-server";
import { createPosts, likeToggle, type WriteCheck } from "./write-scenarios";

export type HttpOptions = { port: number; durationSeconds: number; connections: number; sessions: number; soakSeconds: number };

export type SoakResult = { seconds: number; rssMiB: number[]; load: HttpScenarioResult };

export type HttpPhaseResult = {
  sessions: number;
  rssStartBytes: number;
  rssEndBytes: number;
  scenarios: HttpScenarioResult[];
  /** HTML and RSC bytes of each feed page for the first signed-in user (absent in results from before it was measured). */
  pageBytes?: PageBytes[];
  writeChecks: WriteCheck[];
  soak: SoakResult | null;
};

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

/** A mixed read load for `seconds`, sampling the server's memory every 10 s. */
async function soak(baseUrl: string, scenario: LoadScenario, cookies: string[], options: HttpOptions, rssBytes: () => Promise<number>): Promise<SoakResult> {
  const rssMiB: number[] = [];
  const sample = async () => void rssMiB.push(Math.round((await rssBytes()) / 1024 ** 2));
  await sample();
  const timer = setInterval(() => void sample(), 10_000);
  try {
    const load = await runLoad(baseUrl, scenario, cookies, { connections: options.connections, durationSeconds: options.soakSeconds });
    await sample();
    return { seconds: options.soakSeconds, rssMiB, load };
  } finally {
    clearInterval(timer);
  }
}

/** Production server on the bench database, logged-in users, every page and write under load in turn, then a soak. */
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
    ];
    const scenarios: HttpScenarioResult[] = [];
    for (const scenario of reads) {
      console.error(`  ${scenario.name}`);
      scenarios.push(await runLoad(server.baseUrl, scenario, cookies, options));
    }

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

    const mixed = readPaths("soak: home, explore, profile, post pages", ["/", "/explore", profile, ...posts.slice(0, 5)]);
    if (options.soakSeconds > 0) console.error(`  soak, ${options.soakSeconds} s`);
    const soakResult = options.soakSeconds > 0 ? await soak(server.baseUrl, mixed, cookies, options, server.rssBytes) : null;
    return { sessions: cookies.length, rssStartBytes, rssEndBytes: await server.rssBytes(), scenarios, pageBytes, writeChecks, soak: soakResult };
  } finally {
    await client.end();
    await server.stop();
  }
}
