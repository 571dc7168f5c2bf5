import { logInAll } from "../lib/http/sessions";
import { type RunningHaproxy, ensureHaproxy, startHaproxy } from "./cluster/haproxy";
import { type Instances, startInstances } from "./cluster/instances";
import { type ClusterLoad, type LoadHandle, startClusterLoad } from "./cluster/load";
import { type ImageProbe, type LiveProbe, type RateLimitProbe, type SessionProbe, probeImage, probeLive, probeRateLimit, probeSessions } from "./cluster/probes";
import { openSharedStorage } from "./cluster/storage";
import { type WriteCheck, checkWrites } from "./cluster/writes";
import type { Member } from "./load";
import type { DrillEnvironment } from "./environment";

// Issue 18: three app instances behind HAProxy on one PostgreSQL and one upload store, under
// a bounded mixed load through HAProxy. Sessions, rate limits, uploads and live updates are
// shown to work across instances; then one instance is killed (SIGKILL) and started again
// while the load runs. Loopback only; bounded in time and requests; everything it started
// is stopped at the end.

type Query = DrillEnvironment["query"];

export type ClusterDrillOptions = {
  /** HAProxy listens here; the instances on the next three ports. */
  basePort: number;
  connections: number;
  /** The load's length; it runs on until the killed instance has been back for a few seconds. */
  loadSeconds: number;
  log: (line: string) => void;
};

export type Failover = {
  /** From SIGKILL until HAProxy marked the instance down. */
  detectedMs: number | null;
  /** From starting the instance again until its own /api/health answered. */
  restartMs: number;
  /** From starting it again until HAProxy sent it requests again (marked up). */
  backInRotationMs: number | null;
};

export type ClusterDrillResult = {
  haproxyVersion: string;
  storage: string;
  instances: number;
  sessions: SessionProbe;
  rateLimit: RateLimitProbe;
  image: ImageProbe;
  live: LiveProbe;
  load: ClusterLoad;
  seconds: number;
  requestsByInstance: Record<string, number>;
  victim: string;
  servedByVictimAfterRestart: number;
  /** Requests HAProxy resent to another instance (reads the killed one left unanswered, refused connections). */
  redispatched: number;
  /** Failed requests HAProxy saw the killed instance drop while answering them. */
  inFlightOnVictim: number;
  /** Failed requests that were not in flight on the killed instance: the drill wants none. */
  unexplainedFailures: string[];
  /** Log lines HAProxy could not write (null: unknown); a dropped line could hide where a request went. */
  droppedLogLines: number | null;
  failover: Failover;
  writes: WriteCheck;
  /** The last lines each instance wrote to standard error, for a failing run's report. */
  instanceLogs: string;
};

const LOAD_HARD_LIMIT_S = 300;
const AFTER_RESTART_MS = 5_000;
const DOWN_LIMIT_MS = 10_000;
const UP_LIMIT_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (bounded) until HAProxy has logged every failed request: it logs a request when it ends. */
async function waitForLogLines(haproxy: RunningHaproxy, ids: string[]) {
  const deadline = Date.now() + 3_000;
  const logged = () => new Set(haproxy.requests.map((entry) => entry.id));
  while (Date.now() < deadline && !ids.every((id) => logged().has(id))) await sleep(50);
}

function logTails(instances: Instances | null): string {
  return (instances?.list ?? []).map((instance) => `${instance.name}:\n${instance.log.trim().split("\n").slice(-10).join("\n")}`).join("\n");
}

export async function runClusterDrill(databaseUrl: string, query: Query, options: ClusterDrillOptions): Promise<ClusterDrillResult> {
  const started = Date.now();
  const { log } = options;
  const binary = ensureHaproxy(log);
  const storage = await openSharedStorage();
  const proxyPort = options.basePort;
  const ports = [1, 2, 3].map((offset) => options.basePort + offset);
  let instances: Instances | null = null;
  let haproxy: RunningHaproxy | null = null;
  let load: LoadHandle | null = null;
  try {
    log(`starting 3 instances on ports ${ports.join(", ")} and HAProxy on ${proxyPort} …`);
    instances = await startInstances(databaseUrl, ports, { publicUrl: `http://127.0.0.1:${proxyPort}`, storageEnv: storage.env });
    haproxy = await startHaproxy(binary, proxyPort, instances.list.map((instance) => ({ name: instance.name, port: instance.port })));
    const victim = instances.list[1]!;

    const users = await query<{ id: string; username: string }>(
      "SELECT id, username FROM users WHERE suspended_at IS NULL AND password_hash IS NOT NULL AND username NOT LIKE 'live\\_%' ORDER BY username LIMIT $1",
      [options.connections + 2],
    );
    const [sessionUser, limitedUser] = users.splice(options.connections, 2);
    log(`logging ${users.length} members in through HAProxy …`);
    const cookies = await logInAll(haproxy.url, users.map((user) => user.username));
    const members: Member[] = users.map((user, index) => ({ ...user, cookie: cookies[index]! }));
    const postIds = (await query<{ id: string }>("SELECT id FROM posts ORDER BY created_at DESC LIMIT 50")).map((row) => row.id);

    log(`mixed load through HAProxy: ${options.connections} connections …`);
    const loadStarted = Date.now();
    load = startClusterLoad(haproxy.url, members, postIds, { connections: options.connections, maxSeconds: LOAD_HARD_LIMIT_S });

    const sessions = await probeSessions(instances.list, haproxy.url, sessionUser!.username);
    const rateLimit = await probeRateLimit(instances.list, limitedUser!.username);
    const image = await probeImage(instances.list, haproxy.url, members[0]!.cookie, query);
    const live = await probeLive(instances.list, haproxy.url, members[1]!.cookie, query);
    log(`probes done after ${((Date.now() - loadStarted) / 1000).toFixed(0)} s of load: sessions on ${sessions.signedInOn.length}/3, image served by ${image.servedBy.join(", ") || "none"}, live in ${live.deliveredMs?.toFixed(0) ?? "—"} ms`);

    await sleep(Math.max(0, loadStarted + (options.loadSeconds * 1000) / 3 - Date.now()));
    log(`killing ${victim.name} (SIGKILL) under load …`);
    const killedAt = Date.now();
    await instances.kill(victim);
    const downAt = await haproxy.waitForState(victim.name, "DOWN", killedAt, DOWN_LIMIT_MS);
    const restartedAt = Date.now();
    await instances.restart(victim);
    const healthyAt = Date.now();
    const upAt = await haproxy.waitForState(victim.name, "UP", restartedAt, UP_LIMIT_MS);
    const loggedBeforeUp = haproxy.requests.length;
    log(`${victim.name}: down after ${downAt ? downAt - killedAt : "—"} ms, healthy ${healthyAt - restartedAt} ms after its restart, in rotation after ${upAt ? upAt - restartedAt : "—"} ms`);

    await sleep(Math.max(AFTER_RESTART_MS, loadStarted + options.loadSeconds * 1000 - Date.now()));
    const result = await load.stop();
    log(`load stopped after ${result.seconds.toFixed(0)} s: ${result.tally.requests} answers, ${result.failed.length} failed`);

    await waitForLogLines(haproxy, result.failed.map((failure) => failure.id));
    const droppedLogLines = await haproxy.droppedLogs();
    const logged = new Map(haproxy.requests.map((entry) => [entry.id, entry]));
    const unexplainedFailures: string[] = [];
    let inFlightOnVictim = 0;
    for (const failure of result.failed) {
      const entry = logged.get(failure.id);
      if (entry?.server === victim.name && entry.termination.startsWith("S")) inFlightOnVictim += 1;
      else {
        const when = `${((failure.at - killedAt) / 1000).toFixed(1)} s from the kill`;
        unexplainedFailures.push(`${failure.method} ${failure.path} → ${failure.reason}, ${when} (HAProxy: ${entry ? `${entry.server} ${entry.status} ${entry.termination}` : "not logged"})`);
      }
    }
    const requestsByInstance: Record<string, number> = {};
    for (const entry of haproxy.requests) if (entry.id) requestsByInstance[entry.server] = (requestsByInstance[entry.server] ?? 0) + 1;

    const writes = await checkWrites(result, haproxy.url, query);
    return {
      haproxyVersion: haproxy.version,
      storage: storage.description,
      instances: instances.list.length,
      sessions,
      rateLimit,
      image,
      live,
      load: result,
      seconds: (Date.now() - started) / 1000,
      requestsByInstance,
      victim: victim.name,
      servedByVictimAfterRestart: haproxy.requests.slice(loggedBeforeUp).filter((entry) => entry.server === victim.name).length,
      redispatched: haproxy.requests.filter((entry) => entry.id && entry.redispatched).length,
      inFlightOnVictim,
      unexplainedFailures,
      droppedLogLines,
      instanceLogs: logTails(instances),
      failover: { detectedMs: downAt && downAt - killedAt, restartMs: healthyAt - restartedAt, backInRotationMs: upAt && upAt - restartedAt },
      writes,
    };
  } catch (error) {
    const haproxyOutput = haproxy?.output().trim().split("\n").slice(-10).join("\n") ?? "";
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${logTails(instances)}\nHAProxy:\n${haproxyOutput}`, { cause: error });
  } finally {
    // Stopped first: should a probe fail, the load must not go on against stopped servers.
    await load?.stop();
    await haproxy?.stop();
    await instances?.close();
    await storage.close();
  }
}

/** What must hold; each failure says what was seen. */
export function clusterDrillFailures(result: ClusterDrillResult): string[] {
  const failures: string[] = [];
  const check = (condition: boolean, failure: string) => {
    if (!condition) failures.push(`cluster: ${failure}`);
  };
  const { sessions, rateLimit, image, live, load, writes } = result;
  check(sessions.signedInOn.length === result.instances, `a session made through HAProxy worked on ${sessions.signedInOn.join(", ") || "no instance"} only`);
  check(sessions.stillSignedInAfterLogout.length === 0, `after logging out on ${sessions.loggedOutOn}, still signed in on ${sessions.stillSignedInAfterLogout.join(", ")}`);
  const answers = rateLimit.attempts.map((attempt) => attempt.answer).join(",");
  check(answers === "wrong,wrong,wrong,wrong,wrong,throttled", `wrong passwords across instances answered ${answers} (want five wrong, then throttled)`);
  check(image.acknowledged && image.key !== null, `the post with an image on ${image.postedOn} was not stored`);
  check(image.refusedBy.length === 0 && image.servedBy.length === result.instances, `the image was served by ${image.servedBy.join(", ") || "none"}, not by ${image.refusedBy.join(", ")}`);
  check(live.deliveredMs !== null && live.deliveredMs <= 5_000, `a like on ${live.likedOn} reached the stream on ${live.streamOn} in ${live.deliveredMs ?? "—"} ms (limit 5,000)`);
  const dropped = result.droppedLogLines ? ` (HAProxy dropped ${result.droppedLogLines} log lines)` : "";
  check(result.unexplainedFailures.length === 0, `${result.unexplainedFailures.length} failed requests were not in flight on ${result.victim}${dropped}: ${result.unexplainedFailures.slice(0, 5).join("; ")}`);
  check(load.formProblems.length === 0, `pages without the expected form: ${load.formProblems.slice(0, 5).join("; ")}`);
  check(load.signedOut === 0, `${load.signedOut} reads were answered signed out`);
  check(Object.keys(result.requestsByInstance).length === result.instances, `HAProxy sent requests to ${Object.keys(result.requestsByInstance).join(", ")} only`);
  check(result.failover.detectedMs !== null, `HAProxy never marked ${result.victim} down`);
  check(result.failover.backInRotationMs !== null && result.servedByVictimAfterRestart > 0, `${result.victim} did not get requests again after its restart`);
  check(writes.missingPosts.length === 0, `acknowledged posts missing: ${writes.missingPosts.slice(0, 5).join(", ")}`);
  check(writes.postsWithoutImage.length === 0, `acknowledged posts without their image: ${writes.postsWithoutImage.slice(0, 5).join(", ")}`);
  check(writes.imagesNotServed.length === 0, `images of acknowledged posts not served through HAProxy: ${writes.imagesNotServed.slice(0, 5).join(", ")}`);
  check(writes.duplicatePosts.length === 0, `posts stored twice: ${writes.duplicatePosts.slice(0, 5).join(", ")}`);
  check(writes.likesNotAsWished === 0 && writes.followsNotAsWished === 0, `acknowledged wishes not in the database: ${writes.likesNotAsWished} likes, ${writes.followsNotAsWished} follows`);
  return failures;
}

/** The summary block for the drills' report. */
export function clusterDrillSummary(result: ClusterDrillResult): string {
  const { load, failover, writes } = result;
  const byInstance = Object.entries(result.requestsByInstance).sort().map(([name, count]) => `${name} ${count}`).join(", ");
  const ms = (value: number | null) => (value === null ? "—" : `${(value / 1000).toFixed(1)} s`);
  return `  cluster         ${result.instances} instances behind ${result.haproxyVersion.replace(/ - .*/, "")}, one PostgreSQL, ${result.storage}; ${result.seconds.toFixed(0)} s in all
                  load: ${load.tally.requests + load.tally.failures} requests in ${load.seconds.toFixed(0)} s at ${load.connections} connections (${byInstance}); slowest ${Math.round(load.tally.maxLatencyMs)} ms
                  writes: ${load.sent.likes} likes, ${load.sent.follows} follows, ${load.sent.posts} posts, ${load.sent.imagePosts} posts with an image; ${writes.acknowledgedPosts} posts acknowledged, all found: ${writes.missingPosts.length === 0 ? "yes" : "no"}; ${writes.wishesChecked} acknowledged like/follow states checked
                  ${result.victim} killed: ${load.failed.length} failed requests (${result.inFlightOnVictim} in flight on it, ${result.unexplainedFailures.length} others), ${result.redispatched} resent by HAProxy to another instance; HAProxy log lines dropped: ${result.droppedLogLines ?? "unknown"}
                  failover: marked down ${ms(failover.detectedMs)} after the kill; restarted and healthy in ${ms(failover.restartMs)}, in rotation ${ms(failover.backInRotationMs)} after the restart, ${result.servedByVictimAfterRestart} requests since
                  sessions on ${result.sessions.signedInOn.length}/${result.instances} instances, logout on ${result.sessions.loggedOutOn} ended it on all; wrong passwords on ${result.rateLimit.attempts.map((attempt) => `${attempt.instance} ${attempt.answer}`).join(", ")}
                  image posted on ${result.image.postedOn}, served by ${result.image.servedBy.join(", ")}; live: a like on ${result.live.likedOn} reached a stream on ${result.live.streamOn} in ${result.live.deliveredMs?.toFixed(0) ?? "—"} ms`;
}
