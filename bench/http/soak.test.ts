import { describe, expect, it } from "vitest";
import { growthPer1000Requests } from "./soak";

describe("growthPer1000Requests", () => {
  it("is the slope of RSS over requests, per 1,000 requests", () => {
    const samples = [0, 1, 2, 3].map((step) => ({ seconds: step * 10, requests: step * 500, rssMiB: 400 + step * 3 }));
    expect(growthPer1000Requests(samples)).toBe(6);
  });

  it("is about zero for memory that only wobbles", () => {
    const rss = [500, 503, 499, 502, 500, 501];
    const samples = rss.map((rssMiB, step) => ({ seconds: step * 10, requests: step * 1000, rssMiB }));
    expect(Math.abs(growthPer1000Requests(samples))).toBeLessThan(0.5);
  });

  it("has no figure without two different request counts", () => {
    expect(growthPer1000Requests([{ seconds: 0, requests: 0, rssMiB: 100 }])).toBeNaN();
    expect(growthPer1000Requests([{ seconds: 0, requests: 5, rssMiB: 100 }, { seconds: 10, requests: 5, rssMiB: 120 }])).toBeNaN();
  });
});
