// Live updates at scale (issue 15): N open server-sent event streams on one production server,
// one notification for each of their readers, delivery times and the server's memory.
//   npx tsx bench/live-sse.ts [--connections 1000] [--hold 60] [--restart] [--port 3352]
// Needs `npm run build`. Its own embedded PostgreSQL and a tiny community (scripts/drills/
// environment.ts), loopback only; at most `connections` streams (≤ 2,000), held `hold` seconds
// (≤ 600). `--restart` also stops PostgreSQL for 3 s under the open streams and checks that a
// notification written right after it reaches them all (the listener's resync).
import { openDrillEnvironment } from "@/scripts/drills/environment";
import { runLiveDrill } from "@/scripts/drills/live";
import { hasProductionBuild } from "@/scripts/lib/http/next-server";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

const connections = option("connections", 1_000);
const holdSeconds = option("hold", 60);
const port = option("port", 3352);
const restart = process.argv.includes("--restart");
if (!(connections >= 1 && connections <= 2_000)) throw new Error("--connections must be within 1–2000");
if (!(holdSeconds >= 0 && holdSeconds <= 600)) throw new Error("--hold must be within 0–600 seconds");
if (!hasProductionBuild()) {
  console.error("No production build in .next: run `npm run build` first.");
  process.exit(1);
}

const environment = await openDrillEnvironment(port);
try {
  const result = await runLiveDrill(environment, { connections, holdSeconds, restart, log: (line) => console.log(line) });
  const { deliveryMs: d, rssMiB: rss } = result;
  console.log(`
Live updates: ${result.opened}/${result.connections} streams open (in ${result.openSeconds.toFixed(1)} s), held ${holdSeconds} s
  one notification each: delivered to ${result.delivered}; p50 ${Math.round(d.p50)} ms, p95 ${Math.round(d.p95)} ms, max ${Math.round(d.max)} ms
  server RSS: ${rss.before} MiB before, ${rss.opened} MiB with the streams open, while held [${rss.held.join(", ")}], ${rss.afterClose} MiB 2 s after closing them
  after closing them all and notifying their readers once more: ${result.transactionsAfterClosing} transactions in the database (the streams' work would be ${result.opened})
  ${result.restart ? `PostgreSQL restarted: ${result.restart.resumed}/${result.opened} streams got the next notification, the last ${result.restart.seconds?.toFixed(1) ?? "—"} s after the start` : "(no restart: pass --restart)"}`);
} finally {
  await environment.close();
}
