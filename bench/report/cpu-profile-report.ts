import type { ProfiledScenario } from "@/bench/http/profile-scenarios";
import type { BenchResult } from "./bench-result";

const TOP = 10;

function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function functionTable(title: string, functions: ProfiledScenario["profile"]["topSelf"], first: "self" | "total"): string {
  return [
    `${title}:`,
    "",
    row(["function", "where", first === "self" ? "self %" : "total %", first === "self" ? "total %" : "self %"]),
    row(["---", "---", "---", "---"]),
    ...functions.slice(0, TOP).map((f) => {
      const [lead, other] = first === "self" ? [f.selfPercent, f.totalPercent] : [f.totalPercent, f.selfPercent];
      return row([`\`${f.name}\``, `\`${f.where || "–"}\``, String(lead), String(other)]);
    }),
  ].join("\n");
}

function scenarioSection(scenario: ProfiledScenario): string {
  const areas = scenario.profile.areas.map((area) => `${area.area} ${area.selfPercent}%`).join(", ");
  return [
    `### ${scenario.name}`,
    "",
    `${scenario.cpuMsPerRequest} ms of server CPU per request (${scenario.requests} requests, ${scenario.requestsPerSecond} req/s under the profiler); ` +
      `${scenario.profile.busyMs} ms sampled. Self time by origin: ${areas}.`,
    "",
    functionTable("Top functions by self time", scenario.profile.topSelf, "self"),
    "",
    functionTable("Top functions by total time (callees included; frames on every stack left out)", scenario.profile.topTotal, "total"),
  ].join("\n");
}

/** The CPU section of the report: cost per request and where it goes, per profiled page. */
export function cpuProfileSection(result: BenchResult): string {
  if ("skipped" in result.http) return "No CPU profiles: the HTTP phase was skipped.";
  const profiles = result.http.cpuProfiles;
  if (profiles.length === 0) return "No CPU profiles in this run.";
  return [
    "Each page below ran again, after a 2 s warm-up, against a production server started under `node --cpu-prof`; " +
      "the percentages are of the CPU samples taken during that run (bench/http/profile-scenarios.ts).",
    "",
    profiles.map(scenarioSection).join("\n\n"),
  ].join("\n");
}
