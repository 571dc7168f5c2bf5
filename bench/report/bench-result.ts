import os from "node:os";
import type { FeedScenarioResult } from "@/bench/db-phase/run-db-phase";
import type { Subjects } from "@/bench/db-phase/subjects";
import type { GenerationResult } from "@/scripts/lib/community/generate-community";
import type { HttpPhaseResult } from "@/bench/http/run-http-phase";
import type { Scale, ScaleSizes } from "@/scripts/lib/community/scales";

/** Everything one `npm run bench` measured: what bench/results/<date>-<scale>.json holds. */
export type BenchResult = {
  date: string;
  scale: Scale;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; postgres: string; platform: string };
  targetSizes: ScaleSizes;
  generation: GenerationResult & { totalSeconds: number; databaseSize: string };
  subjects: Subjects;
  runs: number;
  db: FeedScenarioResult[];
  /** Why there is no HTTP phase, or its results. */
  http: HttpPhaseResult | { skipped: string };
};

export function machineInfo(postgres: string): BenchResult["machine"] {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    postgres,
    platform: `${os.platform()} ${os.release()}`,
  };
}
