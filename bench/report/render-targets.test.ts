import { describe, expect, it } from "vitest";
import type { HttpScenarioResult } from "@/bench/http/load";
import { FEED_PAGE_BYTES_BEFORE, pageBytesChecks, renderCostChecks } from "./render-targets";

function scenario(name: string, requestsPerSecond: number, p95: number, requests = 100): HttpScenarioResult {
  return { name, paths: 1, requestsPerSecond, latencyMs: { p50: p95 / 2, p95, p99: p95 }, requests, errors: 0, non2xx: 0 };
}

describe("render-cost targets", () => {
  it("holds a feed page's bytes to 60 % of the baseline, HTML and RSC together", () => {
    const before = FEED_PAGE_BYTES_BEFORE.home!;
    const total = before.htmlBytes + before.rscBytes;
    const page = (share: number) => ({ name: "home", path: "/", htmlBytes: Math.floor(total * share) - 1000, rscBytes: 1000, articles: 20 });

    expect(pageBytesChecks([page(0.6)]).map((check) => check.met)).toEqual([true]);
    expect(pageBytesChecks([page(0.61)]).map((check) => check.met)).toEqual([false]);
    expect(pageBytesChecks([{ ...page(0.5), name: "search" }])).toEqual([]);
  });

  it("compares each feed page's throughput and p95 with /login's in the same run", () => {
    const checks = renderCostChecks([
      scenario("/login: a server-rendered page without data (rendering floor)", 100, 100),
      scenario("home feed, first page", 60, 200),
      scenario("explore", 59, 201),
      scenario("profile /@someone", 80, 150, 0),
    ]);

    expect(checks.map((check) => [check.target, check.met])).toEqual([
      ["home: throughput ≥ 60% of /login's", true],
      ["home: p95 ≤ 2× /login's", true],
      ["explore: throughput ≥ 60% of /login's", false],
      ["explore: p95 ≤ 2× /login's", false],
      ["profile: throughput and p95 against /login's", false],
    ]);
  });

  it("holds a page measured in turn with /login to that /login, not to the run's", () => {
    const runFloor = scenario("/login: a server-rendered page without data (rendering floor)", 150, 100);
    const home = scenario("home feed, first page", 70, 190);
    const checks = renderCostChecks([runFloor, home], [{ floor: scenario("/login: a server-rendered page without data (rendering floor)", 110, 90), page: home }]);

    expect(checks.map((check) => [check.target, check.met])).toEqual([
      ["home: throughput ≥ 60% of /login's", true],
      ["home: p95 ≤ 2× /login's", false],
    ]);
    expect(checks[0]?.measured).toBe("64% (70 vs 110 req/s, measured in turn)");
  });
});
