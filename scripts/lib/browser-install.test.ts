import { describe, expect, it } from "vitest";
import { runWhileProgressing } from "./browser-install";

// Real child processes stand in for Playwright's installer: one that streams,
// one that never gets going (no internet), one that fails at once.
const node = process.execPath;
const options = { progress: /\d+% of /, startTimeoutMs: 1_000, timeoutMs: 20_000 };

describe("runWhileProgressing", () => {
  it("lets a download that streams run to its end", async () => {
    const streaming = "for (const p of [0, 50, 100]) console.log(`|  ${p}% of 1 MiB`); setTimeout(() => {}, 1500)";
    expect(await runWhileProgressing(node, ["-e", streaming], options)).toBe(true);
  });

  it("gives up soon on a download that never starts, and kills it", async () => {
    const started = Date.now();
    const hanging = "console.log('Downloading from somewhere'); setTimeout(() => {}, 60_000)";
    expect(await runWhileProgressing(node, ["-e", hanging], options)).toBe(false);
    // Generous: the point is that it does not wait for the minute the child would take.
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("reports a download that fails", async () => {
    expect(await runWhileProgressing(node, ["-e", "console.log('|  0% of 1 MiB'); process.exit(1)"], options)).toBe(false);
  });

  it("reports a command that does not exist", async () => {
    expect(await runWhileProgressing("/nonexistent/playwright", [], options)).toBe(false);
  });
});
