import { z } from "zod";

// A V8 CPU profile (what `node --cpu-prof` writes) reduced to the functions
// that cost the most: self time (samples whose top frame is the function)
// and total time (samples with the function anywhere on the stack, counted
// once however deep the recursion). Its times are microseconds of the
// system's monotonic clock, the one `process.hrtime` reads in any process on
// the machine, so the bench can cut one scenario's window out of a profile.

const callFrame = z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number(), columnNumber: z.number() });
const profileNode = z.object({ id: z.number(), callFrame, children: z.array(z.number()).optional() });
export const cpuProfileSchema = z.object({
  nodes: z.array(profileNode),
  startTime: z.number(),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
export type CpuProfile = z.infer<typeof cpuProfileSchema>;

export type FunctionCost = { name: string; where: string; selfPercent: number; totalPercent: number };
export type AreaCost = { area: string; selfPercent: number };

/** A stretch of the monotonic clock, in microseconds (`process.hrtime.bigint() / 1000n`). */
export type ClockWindow = { fromMicros: number; toMicros: number };

/** Now, on the clock CPU profiles use. */
export function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

export type CpuProfileSummary = {
  /** CPU time sampled while the function stack was not idle, in ms. */
  busyMs: number;
  topSelf: FunctionCost[];
  topTotal: FunctionCost[];
  /** Self time by where the code comes from (React, Next.js, Prisma, the app, Node, GC...). */
  areas: AreaCost[];
};

type Frame = z.infer<typeof callFrame>;

/** The event loop waiting for work. */
const IDLE = new Set(["(idle)"]);

/** Where a frame's code lives, shortened to the package or the app's file. */
export function frameLocation(frame: Frame): string {
  if (!frame.url) return frame.functionName.startsWith("(") ? "" : "native";
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(frame.url);
  const file = inPackage ? `${inPackage[1]}/${inPackage[2]}` : frame.url.replace(/^file:\/\/.*?\/(\.next\/|scripts\/)/, "$1");
  return `${file}:${frame.lineNumber + 1}`;
}

const AREAS: [string, RegExp][] = [
  ["React (server rendering)", /react-dom|react-server|\/react\/|app-page.*runtime|react\.(production|development)/],
  ["Next.js", /node_modules\/next\//],
  ["Prisma and pg", /@prisma|prisma\/engine|\/pg\/|pg-protocol|generated\/prisma/],
  ["the app's bundles (.next/server)", /\.next\/server/],
  ["Node.js internals", /^node:|^internal\//],
];

function areaOf(frame: Frame): string {
  if (frame.functionName === "(garbage collector)") return "garbage collection";
  if (!frame.url) return "native (V8 builtins, C++)";
  return AREAS.find(([, pattern]) => pattern.test(frame.url))?.[0] ?? "other packages";
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

/** The summary of the samples taken within `window` (all of them without one). */
export function summarizeCpuProfile(profile: CpuProfile, window?: ClockWindow, top = 15): CpuProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfByNode = new Map<number, number>();
  let clock = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    clock += delta;
    if (window && (clock < window.fromMicros || clock > window.toMicros)) return;
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + delta);
  });

  const keyOf = (frame: Frame) => `${frame.functionName || "(anonymous)"}\u0000${frameLocation(frame)}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const areas = new Map<string, number>();
  let busy = 0;

  // Depth-first from the root, with the functions on the current stack counted once each.
  const onStack = new Map<string, number>();
  const visit = (id: number): number => {
    const node = byId.get(id);
    if (!node) return 0;
    const key = keyOf(node.callFrame);
    const idle = IDLE.has(node.callFrame.functionName);
    onStack.set(key, (onStack.get(key) ?? 0) + 1);
    let subtree = idle ? 0 : (selfByNode.get(id) ?? 0);
    if (!idle && subtree > 0) {
      self.set(key, (self.get(key) ?? 0) + subtree);
      const area = areaOf(node.callFrame);
      areas.set(area, (areas.get(area) ?? 0) + subtree);
      busy += subtree;
    }
    for (const child of node.children ?? []) subtree += visit(child);
    const depth = onStack.get(key)! - 1;
    if (depth === 0) {
      onStack.delete(key);
      total.set(key, (total.get(key) ?? 0) + subtree);
    } else onStack.set(key, depth);
    return subtree;
  };
  const childIds = new Set(profile.nodes.flatMap((node) => node.children ?? []));
  for (const root of profile.nodes.filter((node) => !childIds.has(node.id))) visit(root.id);

  const cost = (key: string): FunctionCost => {
    const [name = "", where = ""] = key.split("\u0000");
    return { name, where, selfPercent: percent(self.get(key) ?? 0, busy), totalPercent: percent(total.get(key) ?? 0, busy) };
  };
  const topBy = (times: Map<string, number>, skip: (key: string) => boolean) =>
    [...times.entries()].filter(([key, time]) => time > 0 && !skip(key)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([key]) => cost(key));
  // The root and the event loop's entry frames are on every stack: 100% total says nothing.
  const everywhere = (key: string) => (total.get(key) ?? 0) >= busy * 0.995 || key.startsWith("(root)");
  return {
    busyMs: Math.round(busy / 1000),
    topSelf: topBy(self, () => false),
    topTotal: topBy(total, everywhere),
    areas: [...areas.entries()].sort((a, b) => b[1] - a[1]).map(([area, time]) => ({ area, selfPercent: percent(time, busy) })),
  };
}
