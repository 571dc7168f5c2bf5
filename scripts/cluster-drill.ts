import { hasProductionBuild } from "./lib/http/next-server";
import { clusterDrillFailures, clusterDrillSummary, runClusterDrill } from "./drills/cluster";
import { openDrillEnvironment } from "./drills/environment";

// `npm run test:drills:cluster`: the cluster drill alone (`npm run test:drills` runs it with the
// others), on the production build and a PostgreSQL of its own. DRILL_CLUSTER_PORT (default 3310): HAProxy
// there, the three instances on the next three ports, the drill environment's own server on
// the fourth. DRILL_CLUSTER_SECONDS (default 45): the length of the load.

const basePort = Number(process.env.DRILL_CLUSTER_PORT ?? 3310);
const loadSeconds = Number(process.env.DRILL_CLUSTER_SECONDS ?? 45);
if (!(basePort >= 1024 && basePort <= 65_530)) throw new Error("DRILL_CLUSTER_PORT must be within 1024–65530 (the next four ports are used too)");
if (!(loadSeconds >= 10 && loadSeconds <= 300)) throw new Error("DRILL_CLUSTER_SECONDS must be within 10–300");
if (!hasProductionBuild()) {
  console.error("No production build in .next: run `npm run build` first.");
  process.exit(1);
}

const environment = await openDrillEnvironment(basePort + 4);
let failures: string[];
try {
  const result = await runClusterDrill(environment.databaseUrl, environment.query, {
    basePort,
    connections: 12,
    loadSeconds,
    log: (line) => console.log(`  ${line}`),
  });
  console.log(`\nCluster drill summary\n${clusterDrillSummary(result)}\n`);
  failures = clusterDrillFailures(result);
  if (failures.length > 0) console.error(`Last lines the instances logged:\n${result.instanceLogs}`);
} catch (error) {
  failures = [`drill aborted: ${error instanceof Error ? error.stack : String(error)}`];
} finally {
  await environment.close();
}
if (failures.length > 0) {
  console.error(`Cluster drill FAILED:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("Cluster drill passed.");
