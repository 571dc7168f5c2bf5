import autocannon from "autocannon";
import { percentile } from "@/bench/stats";

/** One request a connection sends: a page to read, or a form to post. */
export type LoadRequest = { method?: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: Buffer };

/**
 * A load scenario: connection `connection` (one signed-in user each, when
 * `signedIn`) sends `requestFor(connection, turn)` for its turn-th request.
 */
export type LoadScenario = {
  name: string;
  paths: number;
  signedIn: boolean;
  requestFor: (connection: number, turn: number) => LoadRequest;
  /** Called with each answer; a connection's answers come in the order of its requests. */
  onResponse?: (connection: number, turn: number, status: number) => void;
  /** A correct answer's status when it is not 2xx: a form without JavaScript is answered 303 See Other. */
  successStatus?: number;
};

export type HttpScenarioResult = {
  name: string;
  paths: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
  requests: number;
  errors: number;
  /** Answers that are not a success: neither 2xx nor the scenario's `successStatus`. */
  non2xx: number;
};

export type LoadOptions = { connections: number; durationSeconds: number };

/** A scenario that reads `paths` in turn, each connection starting at its own. */
export function readPaths(name: string, paths: string[], signedIn = true): LoadScenario {
  return { name, paths: paths.length, signedIn, requestFor: (connection, turn) => ({ path: paths[(connection + turn) % paths.length]! }) };
}

/** What one run measured: every answer's time, and the run's length. */
type LoadRun = { latencies: number[]; seconds: number; errors: number; non2xx: number };

/** One bounded autocannon run; connection n keeps cookie n (one user each) for the whole run. */
async function measureLoad(baseUrl: string, scenario: LoadScenario, cookies: string[], options: LoadOptions): Promise<LoadRun> {
  let connections = 0;
  let failedAnswers = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    requests: [{
      setupRequest: (request, context) => {
        if (typeof context.connection !== "number") {
          context.connection = connections++;
          context.turn = 0;
        }
        const connection = context.connection as number;
        const turn = (context.turn as number)++;
        const next = scenario.requestFor(connection, turn);
        const cookie: Record<string, string> = scenario.signedIn ? { cookie: cookies[connection % cookies.length]! } : {};
        return { ...request, method: next.method ?? "GET", path: next.path, headers: { ...request.headers, ...next.headers, ...cookie }, body: next.body };
      },
      onResponse: (status, _body, context) => {
        if ((status < 200 || status > 299) && status !== scenario.successStatus) failedAnswers++;
        scenario.onResponse?.(context.connection as number, (context.turn as number) - 1, status);
      },
    }],
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  return { latencies, seconds: result.duration, errors: result.errors, non2xx: failedAnswers };
}

/** A scenario's figures over one or more runs of it. */
function summarizeRuns(scenario: LoadScenario, runs: LoadRun[]): HttpScenarioResult {
  const latencies = runs.flatMap((run) => run.latencies);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  return {
    name: scenario.name,
    paths: scenario.paths,
    requestsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) },
    requests: latencies.length,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
  };
}

/** One bounded autocannon run of `scenario`, summarized. */
export async function runLoad(baseUrl: string, scenario: LoadScenario, cookies: string[], options: LoadOptions): Promise<HttpScenarioResult> {
  return summarizeRuns(scenario, [await measureLoad(baseUrl, scenario, cookies, options)]);
}

/** Runs of `first` and `second` in the order first, second, second, first, first, … (`rounds` pairs). */
function interleavedOrder(rounds: number): ("first" | "second")[] {
  return Array.from({ length: rounds }, (_, round) => (round % 2 === 0 ? ["first", "second"] as const : ["second", "first"] as const)).flat();
}

/**
 * `first` and `second` measured in turn, in `rounds` runs each of
 * `options.durationSeconds` (`interleavedOrder`), so that both see the same
 * machine: on a shared VM whose speed drifts within minutes, two scenarios
 * measured minutes apart compare the machine's moments as much as the pages
 * (BENCHMARKS.md, session 18: /login at 97 and at 153 req/s within the hour).
 */
export async function runInterleaved(
  baseUrl: string, first: LoadScenario, second: LoadScenario, cookies: string[], options: LoadOptions & { rounds: number },
): Promise<[HttpScenarioResult, HttpScenarioResult]> {
  const runs = { first: [] as LoadRun[], second: [] as LoadRun[] };
  const scenarios = { first, second };
  for (const which of interleavedOrder(options.rounds)) runs[which].push(await measureLoad(baseUrl, scenarios[which], cookies, options));
  return [summarizeRuns(first, runs.first), summarizeRuns(second, runs.second)];
}
