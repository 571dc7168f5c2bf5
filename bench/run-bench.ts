import { generateCommunity } from "@/scripts/lib/community/generate-community";
import { scaleSizes, type Scale } from "@/scripts/lib/community/scales";
import { withClient } from "@/scripts/lib/database";
import { hasProductionBuild } from "@/scripts/lib/http/next-server";
import { openBenchDatabase } from "./bench-database";
import { runDbPhase } from "./db-phase/run-db-phase";
import { pickSubjects } from "./db-phase/subjects";
import { runHttpPhase, type HttpOptions } from "./http/run-http-phase";
import { machineInfo, type BenchResult } from "./report/bench-result";

export type BenchOptions = { scale: Scale; runs: number; http: HttpOptions | null };

function databaseFacts(url: string) {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ version: string; size: string }>(
      "SELECT split_part(version(), ' on ', 1) AS version, pg_size_pretty(pg_database_size(current_database())) AS size",
    );
    return { version: rows[0]?.version ?? "PostgreSQL", size: rows[0]?.size ?? "?" };
  });
}

/** Generate → database phase → HTTP phase, on a database of its own that is dropped afterwards. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const database = await openBenchDatabase();
  // lib/db.ts creates its client on first use, from this variable.
  process.env.DATABASE_URL = database.url;
  try {
    const sizes = scaleSizes(options.scale);
    const started = performance.now();
    console.error(`Generating the ${options.scale} community…`);
    const generation = await generateCommunity(database.url, sizes);
    const totalSeconds = (performance.now() - started) / 1000;
    const facts = await databaseFacts(database.url);
    const subjects = await withClient(database.url, (client) => pickSubjects(client, options.http?.sessions ?? 0));
    console.error(`Generated in ${totalSeconds.toFixed(1)} s. Database phase…`);
    const db = await runDbPhase(database.url, subjects, options.runs);
    let http: BenchResult["http"] = { skipped: "--no-http" };
    if (options.http && !hasProductionBuild()) http = { skipped: "no production build in .next (run `npm run build`)" };
    else if (options.http) {
      console.error("HTTP phase…");
      http = await runHttpPhase(database.url, subjects, options.http);
    }
    return {
      date: new Date().toISOString().slice(0, 10),
      scale: options.scale,
      machine: machineInfo(facts.version),
      targetSizes: sizes,
      generation: { ...generation, totalSeconds, databaseSize: facts.size },
      subjects, runs: options.runs, db, http,
    };
  } finally {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    await database.close();
  }
}
