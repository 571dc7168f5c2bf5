import autocannon from "autocannon";
import type { Subjects } from "@/bench/db-phase/subjects";
import { percentile } from "@/bench/stats";
import { logInAll } from "./sessions";
import { startNextServer } from "./next-server";

export type HttpOptions = { port: number; durationSeconds: number; connections: number; sessions: number };

export type HttpScenarioResult = {
  name: string;
  paths: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
  requests: number;
  errors: number;
  non2xx: number;
};

export type HttpPhaseResult = { sessions: number; rssStartBytes: number; rssEndBytes: number; scenarios: HttpScenarioResult[] };

type Scenario = { name: string; paths: string[]; signedIn: boolean };

/**
 * One bounded autocannon run. Each connection keeps one user's cookie (many
 * different users at once) and walks through `paths` in turn.
 */
async function load(baseUrl: string, scenario: Scenario, cookies: string[], options: HttpOptions): Promise<HttpScenarioResult> {
  let nextCookie = 0;
  let nextPath = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    requests: [{
      setupRequest: (request, context) => {
        if (scenario.signedIn && typeof context.cookie !== "string") context.cookie = cookies[nextCookie++ % cookies.length];
        const path = scenario.paths[nextPath++ % scenario.paths.length];
        const headers = typeof context.cookie === "string" ? { ...request.headers, cookie: context.cookie } : request.headers;
        return { ...request, path, headers };
      },
    }],
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  return {
    name: scenario.name,
    paths: scenario.paths.length,
    requestsPerSecond: Math.round((latencies.length / result.duration) * 10) / 10,
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) },
    requests: latencies.length,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/**
 * Where a profile is served: /u/<name>, or wherever that redirects to (the
 * app may serve profiles at /@<name>), so the load hits the page, not a redirect.
 */
async function profilePath(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/u/${username}`, { redirect: "manual" });
  const location = response.headers.get("location");
  return location ? new URL(location, baseUrl).pathname : `/u/${username}`;
}

/** Production server on the bench database, logged-in users, and every page under load in turn. */
export async function runHttpPhase(databaseUrl: string, subjects: Subjects, options: HttpOptions): Promise<HttpPhaseResult> {
  const server = await startNextServer(databaseUrl, options.port);
  try {
    const rssStartBytes = await server.rssBytes();
    const cookies = await logInAll(server.baseUrl, subjects.activeUsernames.slice(0, options.sessions));
    const profile = await profilePath(server.baseUrl, subjects.prolificAuthor.username);
    const scenarios: Scenario[] = [
      { name: "static /robots.txt (framework floor)", paths: ["/robots.txt"], signedIn: false },
      { name: "home feed, first page", paths: ["/"], signedIn: true },
      { name: "explore", paths: ["/explore"], signedIn: true },
      { name: `profile ${profile}`, paths: [profile], signedIn: true },
      { name: "post page (busiest posts)", paths: subjects.busyPostIds.map((id) => `/p/${id}`), signedIn: true },
    ];
    const results: HttpScenarioResult[] = [];
    for (const scenario of scenarios) results.push(await load(server.baseUrl, scenario, cookies, options));
    return { sessions: cookies.length, rssStartBytes, rssEndBytes: await server.rssBytes(), scenarios: results };
  } finally {
    await server.stop();
  }
}
