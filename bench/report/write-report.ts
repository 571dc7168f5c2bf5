import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { BenchResult } from "./bench-result";
import { markdownReport } from "./markdown-report";

/** Prints the report and writes bench/results/<date>-<scale>.md and .json; returns the .md path. */
export async function writeReport(result: BenchResult, folder = "bench/results"): Promise<string> {
  const markdown = markdownReport(result);
  console.log(markdown);
  await mkdir(folder, { recursive: true });
  const base = path.join(folder, `${result.date}-${result.scale}`);
  await writeFile(`${base}.md`, markdown);
  await writeFile(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
  return `${base}.md`;
}
