import { portIsFree } from "./lib/embedded-postgres";
import { hasProductionBuild } from "./lib/http/next-server";
import { logInAll } from "./lib/http/sessions";
import { clusterDrillFailures, clusterDrillSummary, runClusterDrill } from "./drills/cluster";
import { CONNECT_TIMEOUT_MS, POOL_SIZE, openDrillEnvironment } from "./drills/environment";
import { runLiveDrill } from "./drills/live";
import { type Member, runMixedLoad } from "./drills/load";
import { runOutage } from "./drills/outage";
import { productionStartFailures, runProductionStart } from "./drills/production-start";
import { STANDBY_APPLY_DELAY_MS, runReplicaDrill } from "./drills/replica";
import { runSecretsCheck } from "./drills/secrets";
import { npmStartWithoutSecret, startWithoutSecret } from "./drills/startup";

// `npm run test:drills`: reliability drills on the production build (`next
// build` must have run), against a PostgreSQL of their own, on 127.0.0.1.
// DRILL_LOAD_SECONDS (default 60; the bench soaks for minutes) and DRILL_PORT (3300–3399, default 3300). The cluster
// drill (HAProxy and three instances; alone: `npm run test:drills:cluster`) uses the four ports
// from DRILL_CLUSTER_PORT (default DRILL_PORT + 10) for DRILL_CLUSTER_SECONDS (default 45).

const CONNECTIONS = 32;
const CONNECTION_MARGIN = 2;
const LATENCY_MARGIN_MS = 3_000;
const LIVE_CONNECTIONS = 50;
const LIVE_DELIVERY_LIMIT_MS = 2_000;
const CLUSTER_CONNECTIONS = 12;
const REPLICA_CONNECTIONS = 4;
/** Within READ_YOUR_WRITES_SECONDS (lib/db-routing.ts), with room to spare. */
const REPLICA_VISIBLE_LIMIT_MS = 8_000;

const loadSeconds = Number(process.env.DRILL_LOAD_SECONDS ?? 60);
const port = Number(process.env.DRILL_PORT ?? 3300);
if (!(port >= 3300 && port <= 3398)) throw new Error("DRILL_PORT must be within 3300–3398 (the next port is used too)");
if (!(loadSeconds > 0 && loadSeconds <= 600)) throw new Error("DRILL_LOAD_SECONDS must be within 1–600");
const clusterPort = Number(process.env.DRILL_CLUSTER_PORT ?? port + 10);
const clusterSeconds = Number(process.env.DRILL_CLUSTER_SECONDS ?? 45);
if (!(clusterPort >= 1024 && clusterPort <= 65_532)) throw new Error("DRILL_CLUSTER_PORT must be within 1024–65532 (the next three ports are used too)");
if (!(clusterSeconds >= 10 && clusterSeconds <= 300)) throw new Error("DRILL_CLUSTER_SECONDS must be within 10–300");
if (!hasProductionBuild()) {
  console.error("No production build in .next: run `npm run build` first (npm run test:e2e does).");
  process.exit(1);
}

// A server left on one of these ports (another checkout's, a scratch one) would answer the drills'
// health checks for the servers they start, and a drill would then fail far from the cause.
const drillPorts = [port, port + 1, clusterPort, clusterPort + 1, clusterPort + 2, clusterPort + 3];
const busyPorts = (await Promise.all(drillPorts.map(async (candidate) => ((await portIsFree(candidate)) ? [] : [candidate])))).flat();
if (busyPorts.length > 0) {
  console.error(`The drills need 127.0.0.1 ports ${drillPorts.join(", ")}; in use: ${busyPorts.join(", ")}. Stop what listens there, or set DRILL_PORT and DRILL_CLUSTER_PORT.`);
  process.exit(1);
}

const failures: string[] = [];
function check(condition: boolean, failure: string) {
  if (!condition) failures.push(failure);
}

const started = Date.now();
const environment = await openDrillEnvironment(port);
try {
  const users = await environment.query<{ id: string; username: string }>(
    "SELECT id, username FROM users ORDER BY username LIMIT $1",
    [CONNECTIONS],
  );
  const cookies = await logInAll(environment.server.baseUrl, users.map((user) => user.username));
  const members: Member[] = users.map((user, i) => ({ ...user, cookie: cookies[i]! }));

  console.log(`Mixed load: ${CONNECTIONS} connections for ${loadSeconds} s …`);
  const load = await runMixedLoad(environment, members, { connections: CONNECTIONS, seconds: loadSeconds });
  check(load.tally.serverErrors === 0, `load: ${load.tally.serverErrors} answers were 5xx`);
  check(load.tally.failures === 0, `load: ${load.tally.failures} requests failed: ${load.tally.problems.join("; ")}`);
  check(load.writes.acknowledgedPosts === load.writes.posts, `load: ${load.writes.posts - load.writes.acknowledgedPosts} posts were not acknowledged`);
  check(
    load.connections.after <= POOL_SIZE + CONNECTION_MARGIN && load.connections.maxDuring <= POOL_SIZE + CONNECTION_MARGIN,
    `load: ${load.connections.maxDuring} database connections at most, ${load.connections.after} at the end (pool ${POOL_SIZE})`,
  );

  console.log("Outage: PostgreSQL stopped for 5 s under traffic …");
  const outage = await runOutage(environment, members);
  const latencyLimitMs = CONNECT_TIMEOUT_MS + LATENCY_MARGIN_MS;
  check(outage.outageRequests > 0, "outage: no request was sent while the database was down");
  check(outage.unfriendlyAnswers.length === 0, `outage: unfriendly answers: ${outage.unfriendlyAnswers.join(" | ")}`);
  check(outage.outageMaxLatencyMs <= latencyLimitMs, `outage: slowest answer ${Math.round(outage.outageMaxLatencyMs)} ms > ${latencyLimitMs} ms`);
  check(outage.recoverySeconds !== null, "outage: the app did not become healthy again within 30 s");
  check(outage.lostPosts.length === 0, `outage: acknowledged posts missing: ${outage.lostPosts.join(", ")}`);
  check(outage.tally.serverErrors === 0, `outage: ${outage.tally.serverErrors} 5xx answers outside the outage`);

  console.log(`Live updates: ${LIVE_CONNECTIONS} event streams, a notification each, PostgreSQL restarted under them …`);
  const live = await runLiveDrill(environment, { connections: LIVE_CONNECTIONS, holdSeconds: 0, restart: true });
  check(live.listenerWaitSeconds !== null, "live: the server's listener did not listen again within 20 s of the outage");
  check(live.delivered === live.opened && live.opened === LIVE_CONNECTIONS, `live: the notification reached ${live.delivered} of ${live.opened} streams`);
  check(live.deliveryMs.p95 <= LIVE_DELIVERY_LIMIT_MS, `live: delivery p95 ${Math.round(live.deliveryMs.p95)} ms > ${LIVE_DELIVERY_LIMIT_MS} ms`);
  // The statement itself, the statistics queries and their sessions: a few, where a stream still held would add one each.
  check(live.transactionsAfterClosing < LIVE_CONNECTIONS / 2, `live: ${live.transactionsAfterClosing} transactions after every stream closed`);
  check(live.restart?.resumed === live.opened, `live: after the restart, ${live.restart?.resumed} of ${live.opened} streams got the next notification`);

  console.log("Secrets: client bundles and other members' pages …");
  const secrets = await runSecretsCheck(environment, members);
  check(secrets.findings.length === 0, `secrets: ${secrets.findings.join("; ")}`);

  console.log("Startup: a production server without NEXTAUTH_SECRET …");
  const startup = await startWithoutSecret(port + 1, environment.databaseUrl);
  check(startup.exitCode === 1 && startup.message, `startup: without NEXTAUTH_SECRET the server exited with ${startup.exitCode}, message shown: ${startup.message}`);
  const npmStartup = await npmStartWithoutSecret(port + 1);
  check(
    npmStartup.exitCode === 1 && npmStartup.message && !npmStartup.databaseStarted,
    `startup: without NEXTAUTH_SECRET npm start exited with ${npmStartup.exitCode}, message shown: ${npmStartup.message}, database started: ${npmStartup.databaseStarted}`,
  );

  console.log("Production start: npm start on an empty data folder, then SIGTERM …");
  const production = await runProductionStart(port + 1);
  failures.push(...productionStartFailures(production));

  console.log("Cluster: 3 instances behind HAProxy under load, one killed and restarted …");
  const cluster = await runClusterDrill(environment.databaseUrl, environment.query, {
    basePort: clusterPort,
    connections: CLUSTER_CONNECTIONS,
    loadSeconds: clusterSeconds,
    log: (line) => console.log(`  ${line}`),
  });
  failures.push(...clusterDrillFailures(cluster));
  const replicaSeconds = Math.min(loadSeconds, 30);
  console.log(`Read replica: a streaming standby, ${REPLICA_CONNECTIONS} connections for ${replicaSeconds} s …`);
  const replica = await runReplicaDrill(port + 1, { seconds: replicaSeconds, connections: REPLICA_CONNECTIONS });
  const { standby, anonymous, load: replicaLoad, lag } = replica;
  check(standby.inRecovery && standby.standbySignal && standby.primaryConninfo && standby.streaming, `replica: not a streaming standby: ${JSON.stringify(standby)}`);
  check(anonymous.ok === anonymous.requests, `replica: ${anonymous.requests - anonymous.ok} signed-out pages did not answer 200`);
  check(
    anonymous.standbyStatements >= anonymous.requests && anonymous.primaryStatements * 20 <= anonymous.standbyStatements,
    `replica: signed-out lag-tolerant pages ran ${anonymous.standbyStatements} statements on the standby, ${anonymous.primaryStatements} on the primary`,
  );
  check(replicaLoad.tally.serverErrors === 0 && replicaLoad.tally.failures === 0, `replica: ${replicaLoad.tally.serverErrors} 5xx, ${replicaLoad.tally.failures} failed: ${replicaLoad.tally.problems.join("; ")}`);
  check(replicaLoad.readYourWrites.checks > 0, "replica: no write was acknowledged, so read-your-writes went unchecked");
  check(
    replicaLoad.readYourWrites.held === replicaLoad.readYourWrites.checks,
    `replica: ${replicaLoad.readYourWrites.checks - replicaLoad.readYourWrites.held} of ${replicaLoad.readYourWrites.checks} writers did not see their post on their next page`,
  );
  check(replicaLoad.withoutMarkerStale > 0, "replica: without the marker every read saw the new post at once: reads did not reach the lagging standby");
  check(replicaLoad.standbyStatements > 0, "replica: the standby ran no statement under load");
  check(lag.visibleMs.samples > 0 && lag.visibleMs.max <= REPLICA_VISIBLE_LIMIT_MS, `replica: posts reached the standby in up to ${Math.round(lag.visibleMs.max)} ms (limit ${REPLICA_VISIBLE_LIMIT_MS} ms)`);

  const statusSummary = `load ${load.tally.statusSummary()} | outage ${outage.outageStatuses} | around it ${outage.tally.statusSummary()}`;
  console.log(`
Drill summary (${((Date.now() - started) / 1000).toFixed(0)} s in all)
  load            ${load.seconds.toFixed(0)} s, ${CONNECTIONS} connections, ${load.tally.requests} requests (${(load.tally.requests / load.seconds).toFixed(1)}/s), ${load.iterations} rounds
                  writes: ${load.writes.likes} like toggles, ${load.writes.follows} follow toggles, ${load.writes.posts} posts (${load.writes.acknowledgedPosts} acknowledged)
                  5xx: ${load.tally.serverErrors}, failed requests: ${load.tally.failures}, slowest: ${Math.round(load.tally.maxLatencyMs)} ms
                  database connections: ${load.connections.before} before, ${load.connections.maxDuring} at most, ${load.connections.after} after (pool ${POOL_SIZE})
  outage          faults injected: 1 (PostgreSQL stopped 5 s), ${outage.outageRequests} requests during it, slowest ${Math.round(outage.outageMaxLatencyMs)} ms (limit ${latencyLimitMs} ms)
                  unfriendly answers: ${outage.unfriendlyAnswers.length}, recovered in ${outage.recoverySeconds ?? "—"} s, 5xx outside the outage: ${outage.tally.serverErrors}
                  posts sent: ${outage.postsSent}, acknowledged: ${outage.acknowledgedPosts}, lost: ${outage.lostPosts.length}
  live updates    the listener listened again ${live.listenerWaitSeconds?.toFixed(1) ?? "—"} s after the outage drill ended
                  ${live.opened} streams, one notification each: p50 ${Math.round(live.deliveryMs.p50)} ms, p95 ${Math.round(live.deliveryMs.p95)} ms (limit ${LIVE_DELIVERY_LIMIT_MS} ms)
                  PostgreSQL restarted under them: ${live.restart?.resumed ?? 0}/${live.opened} got the next notification, in ${live.restart?.seconds?.toFixed(1) ?? "—"} s
  secrets         ${secrets.filesScanned} client files and ${secrets.pagesScanned} pages scanned, findings: ${secrets.findings.length}
                  without NEXTAUTH_SECRET the production server exits (code ${startup.exitCode}, in ${startup.seconds.toFixed(1)} s) saying what to set: ${startup.message ? "yes" : "no"}
                  and npm start (code ${npmStartup.exitCode}, in ${npmStartup.seconds.toFixed(1)} s, message: ${npmStartup.message ? "yes" : "no"}, database started: ${npmStartup.databaseStarted ? "yes" : "no"})
  npm start       healthy in ${production.secondsToHealthy?.toFixed(1) ?? "—"} s on a new data folder, migrations ${production.inspection?.migrations.applied ?? 0}/${production.inspection?.migrations.inCheckout ?? "?"}, users ${production.inspection?.rows.users ?? "—"}
                  SIGTERM: exit ${production.exitCode} in ${production.secondsToStop?.toFixed(1) ?? "—"} s, database answered ${production.probes} probes until the server was gone, left running: ${production.leftRunning.length}
${clusterDrillSummary(cluster)}
  read replica    streaming standby (pg_basebackup -R, wal_level ${standby.walLevel}, applying WAL ${STANDBY_APPLY_DELAY_MS} ms late on purpose)
                  signed out: ${anonymous.requests} lag-tolerant pages, statements on the standby ${anonymous.standbyStatements}, on the primary ${anonymous.primaryStatements}
                  load ${replicaLoad.seconds.toFixed(0)} s, ${REPLICA_CONNECTIONS} connections, ${replicaLoad.tally.requests} requests: ${replicaLoad.reads} lag-tolerant reads, ${replicaLoad.acknowledgedWrites}/${replicaLoad.writes} posts acknowledged
                  statements: standby ${replicaLoad.standbyStatements}, primary ${replicaLoad.primaryStatements} (${Math.round((100 * replicaLoad.standbyStatements) / Math.max(1, replicaLoad.standbyStatements + replicaLoad.primaryStatements))} % on the standby)
                  read-your-writes: ${replicaLoad.readYourWrites.held}/${replicaLoad.readYourWrites.checks} own profiles right after the post showed it; without the marker ${replicaLoad.withoutMarkerStale} did not
                  lag: flush ≤ ${Math.round(lag.flushMsMax)} ms, replay ≤ ${Math.round(lag.replayMsMax)} ms, ≤ ${lag.bytesMax} bytes behind; post visible on the standby p50 ${Math.round(lag.visibleMs.p50)} ms, p95 ${Math.round(lag.visibleMs.p95)} ms, max ${Math.round(lag.visibleMs.max)} ms (${lag.visibleMs.samples} posts)
                  5xx: ${replicaLoad.tally.serverErrors}, failed requests: ${replicaLoad.tally.failures}, slowest: ${Math.round(replicaLoad.tally.maxLatencyMs)} ms
  statuses        ${statusSummary}
  requests sent   ${load.tally.requests + outage.tally.requests + outage.outageRequests + cluster.load.tally.requests + cluster.load.tally.failures}
`);
} catch (error) {
  failures.push(`drill aborted: ${error instanceof Error ? error.stack : String(error)}`);
} finally {
  await environment.close();
}

if (failures.length > 0) {
  console.error(`Drills FAILED:\n- ${failures.join("\n- ")}`);
  const log = environment.serverLog().trim();
  if (log) console.error(`\nLast lines the server logged:\n${log.split("\n").slice(-15).join("\n")}`);
  process.exit(1);
}
console.log("Drills passed.");
