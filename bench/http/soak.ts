import { Agent, request as httpRequest } from "node:http";

/**
 * A memory soak: `connections` signed-in readers load pages back to back for
 * `seconds` (and at most `maxRequests`), while the server's resident memory is
 * sampled. Every `abortEvery`-th request of a connection is given up by the
 * client as soon as the first bytes of the answer arrive, as a browser does
 * when someone navigates away mid-page (0: none).
 */
export type SoakOptions = {
  connections: number;
  seconds: number;
  abortEvery: number;
  /** Samples before this many seconds are the warm-up and not part of the slope. */
  warmUpSeconds: number;
  sampleEverySeconds: number;
  maxRequests: number;
};

/** One reading of the server's memory: when, after how many requests, how much. */
export type MemorySample = { seconds: number; requests: number; rssMiB: number };

export type SoakRun = {
  name: string;
  seconds: number;
  connections: number;
  abortEvery: number;
  warmUpSeconds: number;
  requests: number;
  aborted: number;
  errors: number;
  non2xx: number;
  samples: MemorySample[];
  /** Least-squares slope of RSS over requests served, for the samples after the warm-up. */
  rssMiBPer1000Requests: number;
};

/** Least-squares slope of rssMiB against requests, times 1,000. NaN with fewer than two distinct points. */
export function growthPer1000Requests(samples: MemorySample[]): number {
  if (samples.length < 2) return Number.NaN;
  const meanX = samples.reduce((sum, s) => sum + s.requests, 0) / samples.length;
  const meanY = samples.reduce((sum, s) => sum + s.rssMiB, 0) / samples.length;
  let covariance = 0;
  let variance = 0;
  for (const s of samples) {
    covariance += (s.requests - meanX) * (s.rssMiB - meanY);
    variance += (s.requests - meanX) ** 2;
  }
  return variance === 0 ? Number.NaN : Math.round((covariance / variance) * 1000 * 1000) / 1000;
}

type Outcome = "done" | "aborted" | "non2xx" | "error";

/** One GET; with `abort`, the socket is destroyed when the first chunk of the body arrives. */
function load(agent: Agent, baseUrl: URL, path: string, cookie: string, abort: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = httpRequest(
      { agent, hostname: baseUrl.hostname, port: baseUrl.port, path, headers: { cookie }, timeout: 30_000 },
      (response) => {
        const status = response.statusCode ?? 0;
        response.on("data", () => {
          if (!abort) return;
          request.destroy();
          resolve("aborted");
        });
        response.on("end", () => resolve(status >= 200 && status < 300 ? "done" : "non2xx"));
        response.on("error", () => resolve(abort ? "aborted" : "error"));
      },
    );
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(abort ? "aborted" : "error"));
    request.end();
  });
}

/** Runs the soak against `paths` (connection n signs in with cookie n, starts at path n). */
export async function runSoak(
  name: string,
  baseUrl: string,
  paths: string[],
  cookies: string[],
  options: SoakOptions,
  rssBytes: () => Promise<number>,
): Promise<SoakRun> {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const counts: Record<Outcome, number> = { done: 0, aborted: 0, non2xx: 0, error: 0 };
  let requests = 0;
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const deadline = started + options.seconds * 1000;
  const samples: MemorySample[] = [];
  const sample = async () => {
    const at = { seconds: Math.round(elapsed()), requests };
    samples.push({ ...at, rssMiB: Math.round((await rssBytes()) / 1024 ** 2) });
  };
  await sample();
  const timer = setInterval(() => void sample(), options.sampleEverySeconds * 1000);
  const reader = async (connection: number) => {
    for (let turn = 0; performance.now() < deadline && requests < options.maxRequests; turn++) {
      requests++;
      const abort = options.abortEvery > 0 && (turn + connection) % options.abortEvery === options.abortEvery - 1;
      const path = paths[(connection + turn) % paths.length]!;
      counts[await load(agent, url, path, cookies[connection % cookies.length]!, abort)]++;
    }
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, (_, connection) => reader(connection)));
  } finally {
    clearInterval(timer);
    agent.destroy();
  }
  await sample();
  const afterWarmUp = samples.filter((s) => s.seconds >= options.warmUpSeconds);
  return {
    name,
    seconds: Math.round(elapsed()),
    connections: options.connections,
    abortEvery: options.abortEvery,
    warmUpSeconds: options.warmUpSeconds,
    requests,
    aborted: counts.aborted,
    errors: counts.error,
    non2xx: counts.non2xx,
    samples,
    rssMiBPer1000Requests: growthPer1000Requests(afterWarmUp),
  };
}
