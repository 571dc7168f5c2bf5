import { parseArgs } from "node:util";
import { runBench } from "./run-bench";
import { writeReport } from "./report/write-report";
import { SCALES, isScale } from "@/scripts/lib/community/scales";

// `npm run bench -- [--scale tiny|small|medium|large] [--runs N] [--duration S]
//   [--connections N] [--soak S] [--soak-connections N] [--port 32xx] [--no-http]`: see BENCHMARKS.md.

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "large" },
    runs: { type: "string" },
    duration: { type: "string" },
    connections: { type: "string" },
    soak: { type: "string" },
    "soak-connections": { type: "string" },
    port: { type: "string", default: "3200" },
    "no-http": { type: "boolean", default: false },
  },
});

const scale = values.scale;
if (!isScale(scale)) throw new Error(`--scale must be one of ${SCALES.join(", ")}`);
const tiny = scale === "tiny";
const port = Number(values.port);
if (!(port >= 3200 && port <= 3299)) throw new Error("--port must be within 3200–3299");
const connections = Number(values.connections ?? (tiny ? 4 : 32));

const result = await runBench({
  scale,
  runs: Number(values.runs ?? (tiny ? 3 : 20)),
  http: values["no-http"]
    ? null
    : {
        port, connections,
        durationSeconds: Number(values.duration ?? (tiny ? 1 : 10)),
        sessions: Math.max(connections, 8),
        soakSeconds: Number(values.soak ?? (tiny ? 2 : 300)),
        soakConnections: Number(values["soak-connections"] ?? (tiny ? 4 : 16)),
      },
});
console.error(`Written to ${await writeReport(result)}`);
