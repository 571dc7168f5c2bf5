import { describe, expect, it } from "vitest";
import { type CpuProfile, frameLocation, summarizeCpuProfile } from "./cpu-profile";

const frame = (functionName: string, url = "", lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0 });

// (root) → render (react-dom) → render again (recursion) → escape (app bundle)
//        → (idle)            → (garbage collector)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)"), children: [2, 5, 6] },
    { id: 2, callFrame: frame("render", "file:///app/node_modules/react-dom/cjs/server.js", 9), children: [3] },
    { id: 3, callFrame: frame("render", "file:///app/node_modules/react-dom/cjs/server.js", 9), children: [4] },
    { id: 4, callFrame: frame("escape", "file:///app/.next/server/chunks/page.js", 0) },
    { id: 5, callFrame: frame("(idle)") },
    { id: 6, callFrame: frame("(garbage collector)") },
  ],
  startTime: 1_000,
  // One sample every 10 µs: render ×2, escape ×5, idle ×10, garbage collector ×3.
  samples: [2, 2, 4, 4, 4, 4, 4, ...Array<number>(10).fill(5), 6, 6, 6],
  timeDeltas: Array<number>(20).fill(10),
};

describe("CPU profile summary", () => {
  it("splits busy time into self and total per function, counting recursion once and leaving idle out", () => {
    const summary = summarizeCpuProfile(profile);
    expect(summary.topSelf.map((f) => [f.name, f.selfPercent, f.totalPercent])).toEqual([
      ["escape", 50, 50],
      ["(garbage collector)", 30, 30],
      ["render", 20, 70],
    ]);
    expect(summary.topTotal[0]).toMatchObject({ name: "render", totalPercent: 70, where: "react-dom/cjs/server.js:10" });
    expect(summary.areas).toEqual([
      { area: "the app's bundles (.next/server)", selfPercent: 50 },
      { area: "garbage collection", selfPercent: 30 },
      { area: "React (server rendering)", selfPercent: 20 },
    ]);
  });

  it("keeps only the samples inside a window of the monotonic clock", () => {
    // Samples 1–7 (render and escape) end at 1,010 … 1,070 µs; the window takes the escape ones only.
    const summary = summarizeCpuProfile(profile, { fromMicros: 1_025, toMicros: 1_075 });
    expect(summary.topSelf.map((f) => [f.name, f.selfPercent])).toEqual([["escape", 100]]);
    expect(summary.topTotal.map((f) => f.name)).toEqual([]);
  });

  it("names a frame by its package and line, or by the app's own build path", () => {
    expect(frameLocation(frame("x", "file:///srv/app/node_modules/@prisma/client/runtime/client.js", 41))).toBe("@prisma/client/runtime/client.js:42");
    expect(frameLocation(frame("x", "node:internal/streams/writable", 2))).toBe("node:internal/streams/writable:3");
    expect(frameLocation(frame("(program)"))).toBe("");
  });
});
