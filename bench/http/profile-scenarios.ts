import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type ClockWindow, type CpuProfileSummary, cpuProfileSchema, monotonicMicros, summarizeCpuProfile } from "./cpu-profile";
import { type LoadOptions, type LoadScenario, runLoad } from "./load";
import { startNextServer } from "@/scripts/lib/http/next-server";

/** A profile of a second or two holds a handful of requests on a slow or busy machine: too few to rank functions. */
const MIN_MEASURED_SECONDS = 5;

/** Where one scenario's CPU goes: its cost per request and the profile of its measured run. */
export type ProfiledScenario = {
  name: string;
  requests: number;
  requestsPerSecond: number;
  /** Server CPU time (user + system, all threads) over the measured run, per request. */
  cpuMsPerRequest: number;
  profile: CpuProfileSummary;
};

export type ProfileOptions = LoadOptions & {
  /** A port of its own: the main server of the HTTP phase is still running. */
  port: number;
  /** The main server's environment: the same session secret keeps the bench's cookies valid. */
  env: Record<string, string>;
  /** Load before each measured run, so that the profile shows a warm server (JIT, caches). */
  warmupSeconds: number;
};

/**
 * Runs each scenario against a production server started under
 * `node --cpu-prof`: a warm-up, then the measured run, whose stretch of the
 * profile is summarised on its own. The profiling costs a few percent of
 * throughput, so these runs are separate from the throughput figures.
 */
export async function profileScenarios(databaseUrl: string, scenarios: LoadScenario[], cookies: string[], options: ProfileOptions): Promise<ProfiledScenario[]> {
  const profileDir = await mkdtemp(path.join(tmpdir(), "commons-bench-cpu-"));
  try {
    const server = await startNextServer(databaseUrl, options.port, {
      env: { NEXTAUTH_SECRET: options.env.NEXTAUTH_SECRET ?? "" },
      nodeFlags: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`],
    });
    const measured: { scenario: LoadScenario; window: ClockWindow; cpuMs: number; requests: number; requestsPerSecond: number }[] = [];
    try {
      for (const scenario of scenarios) {
        console.error(`  CPU profile: ${scenario.name}`);
        await runLoad(server.baseUrl, scenario, cookies, { ...options, durationSeconds: options.warmupSeconds });
        const cpuBefore = await server.cpuMs();
        const fromMicros = monotonicMicros();
        const load = await runLoad(server.baseUrl, scenario, cookies, { ...options, durationSeconds: Math.max(options.durationSeconds, MIN_MEASURED_SECONDS) });
        const window = { fromMicros, toMicros: monotonicMicros() };
        measured.push({ scenario, window, cpuMs: (await server.cpuMs()) - cpuBefore, requests: load.requests, requestsPerSecond: load.requestsPerSecond });
      }
    } finally {
      // The profile is written when the process exits.
      await server.stop();
    }
    const [file] = (await readdir(profileDir)).filter((name) => name.endsWith(".cpuprofile"));
    if (!file) throw new Error(`The profiled server wrote no CPU profile into ${profileDir}`);
    const profile = cpuProfileSchema.parse(JSON.parse(await readFile(path.join(profileDir, file), "utf8")));
    return measured.map(({ scenario, window, cpuMs, requests, requestsPerSecond }) => ({
      name: scenario.name,
      requests,
      requestsPerSecond,
      cpuMsPerRequest: requests > 0 ? Math.round((cpuMs / requests) * 10) / 10 : Number.NaN,
      profile: summarizeCpuProfile(profile, window),
    }));
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
}
