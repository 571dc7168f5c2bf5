import { type ClientRequest, request as httpRequest } from "node:http";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/sessions";
import { LIVE_APPLICATION_NAME } from "@/lib/live/listener";
import type { DrillEnvironment } from "./environment";

// Live updates under load (issue 15): N readers hold the server-sent event stream open on the
// production server, each a person of their own; one statement then gives every one of them
// a notification (an account follows them all), and each stream's next count is timed. With
// `restart`, PostgreSQL is stopped and started again under the open streams, and a
// notification written right after the restart must still reach everyone.

export type LiveDrillOptions = {
  connections: number;
  /** How long the streams stay open before the notification, sampling the server's memory. */
  holdSeconds: number;
  restart: boolean;
  log?: (line: string) => void;
};

export type LiveDrillResult = {
  connections: number;
  /** How long the server's listener took to listen again before the streams opened (null: not within LISTENER_LIMIT_MS). */
  listenerWaitSeconds: number | null;
  opened: number;
  openSeconds: number;
  delivered: number;
  deliveryMs: { p50: number; p95: number; max: number };
  rssMiB: { before: number; opened: number; held: number[]; afterClose: number };
  restart: { resumed: number; seconds: number | null } | null;
  /** Transactions after closing every stream and notifying their readers (see workAfterClosing). */
  transactionsAfterClosing: number;
};

const OPEN_BATCH = 50;
const DELIVERY_LIMIT_MS = 10_000;
const RESTART_LIMIT_MS = 60_000;
/** The listener's longest backoff (10 s) and its connection timeout (5 s), with room to spare. */
const LISTENER_LIMIT_MS = 20_000;

export type Stream = {
  request: ClientRequest;
  /** The latest unread count the stream sent, and when (performance.now()). */
  unread: number | null;
  at: number;
};

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** N people of their own, each with a post, a session row and its cookie, made in SQL (argon2 logins would take minutes). */
async function readers(environment: DrillEnvironment, count: number): Promise<{ id: string; cookie: string }[]> {
  const rows = await environment.query<{ id: string; session_id: string }>(
    `WITH made AS (
       INSERT INTO users (id, username, email, password_hash, display_name, updated_at)
       SELECT 'live' || md5(random()::TEXT || n), 'live_' || n || '_' || substr(md5(random()::TEXT), 1, 6),
              'live_' || n || '_' || substr(md5(random()::TEXT), 1, 6) || '@example.com',
              (SELECT password_hash FROM users LIMIT 1), 'Live reader ' || n, now()
       FROM generate_series(1, $1::INTEGER) AS n
       RETURNING id)
     , posted AS (INSERT INTO posts (id, author_id, text) SELECT 'livepost' || md5(random()::TEXT || id), id, 'Waiting for news' FROM made)
     INSERT INTO sessions (id, user_id, expires_at)
     SELECT 'livesession' || md5(random()::TEXT || id), id, now() + interval '1 day' FROM made
     RETURNING user_id AS id, id AS session_id`,
    [count],
  );
  const secret = environment.server.env.NEXTAUTH_SECRET!;
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      cookie: `commons.session=${await encode({ token: { sub: row.id, sid: row.session_id }, secret, maxAge: SESSION_MAX_AGE_SECONDS })}`,
    })),
  );
}

export function openStream(baseUrl: string, cookie: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    const request = httpRequest(`${baseUrl}/api/live`, { agent: false, headers: { cookie, accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`/api/live answered ${response.statusCode}`));
        return;
      }
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^event: unread\ndata: (.*)$/m.exec(block)?.[1];
          if (!data) continue;
          stream.unread = (JSON.parse(data) as { unread: number }).unread;
          stream.at = performance.now();
          // Open once the first count came: the stream is in the server's hub by then.
          resolve(stream);
        }
      });
      response.on("error", () => undefined);
    });
    const stream: Stream = { request, unread: null, at: 0 };
    request.on("error", reject);
    request.end();
  });
}

/** Resolves when every stream's count reached `unread`, or at `limitMs`; returns how many did. */
async function allReach(streams: Stream[], unread: number, limitMs: number): Promise<number> {
  const deadline = Date.now() + limitMs;
  const reached = () => streams.filter((stream) => (stream.unread ?? 0) >= unread).length;
  while (reached() < streams.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  return reached();
}

// One statement gives every reader a notification, committed at once: first a follow, then
// (a follow of the same day would only join that group) a like of each reader's post.
const NOTIFY_ALL = {
  follow: "INSERT INTO follows (follower_id, followee_id) SELECT $1, unnest($2::TEXT[])",
  like: "INSERT INTO likes (user_id, post_id) SELECT $1, posts.id FROM posts WHERE posts.author_id = ANY($2::TEXT[])",
};

/**
 * Sends `NOTIFY_ALL[kind]` for `readerIds` by an account outside them. Returns when the
 * statement was sent (the connection is made before), so delivery times include the
 * statement and its commit.
 */
async function notifyAll(environment: DrillEnvironment, kind: keyof typeof NOTIFY_ALL, readerIds: string[], actor = 0): Promise<number> {
  const client = new pg.Client({ connectionString: environment.databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>("SELECT id FROM users WHERE id NOT LIKE 'live%' ORDER BY username OFFSET $1 LIMIT 1", [actor]);
    const started = performance.now();
    await client.query(NOTIFY_ALL[kind], [rows[0]!.id, readerIds]);
    return started;
  } finally {
    await client.end();
  }
}

/**
 * Waits until the server's listener has a LISTEN connection, and returns how long that took.
 * After an outage it connects again with backoff, seconds after the pages are back; a
 * notification written meanwhile only arrives with its resync, which is what the restart part
 * of the drill measures, not the delivery part.
 */
async function listenerListening(environment: DrillEnvironment): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < LISTENER_LIMIT_MS) {
    const [row] = await environment.query<{ listening: number }>(
      "SELECT count(*)::INTEGER AS listening FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database() AND query LIKE 'LISTEN %'",
      [LIVE_APPLICATION_NAME],
    );
    if ((row?.listening ?? 0) > 0) return (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

export async function runLiveDrill(environment: DrillEnvironment, options: LiveDrillOptions): Promise<LiveDrillResult> {
  const log = options.log ?? (() => undefined);
  const server = environment.server;
  const listenerWaitSeconds = await listenerListening(environment);
  log(`the server's listener listens (waited ${listenerWaitSeconds?.toFixed(1) ?? "in vain"} s)`);
  const people = await readers(environment, options.connections);
  const rssBefore = await server.rssBytes();

  const openStarted = performance.now();
  const streams: Stream[] = [];
  for (let start = 0; start < people.length; start += OPEN_BATCH) {
    const batch = people.slice(start, start + OPEN_BATCH);
    streams.push(...(await Promise.all(batch.map((person) => openStream(server.baseUrl, person.cookie)))));
  }
  const openSeconds = (performance.now() - openStarted) / 1000;
  log(`${streams.length} streams open in ${openSeconds.toFixed(1)} s`);
  const rssOpened = await server.rssBytes();

  const held: number[] = [];
  const holdUntil = Date.now() + options.holdSeconds * 1000;
  while (Date.now() < holdUntil) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, holdUntil - Date.now())));
    held.push(mib(await server.rssBytes()));
  }

  const readerIds = people.map((person) => person.id);
  const written = await notifyAll(environment, "follow", readerIds);
  const delivered = await allReach(streams, 1, DELIVERY_LIMIT_MS);
  const times = streams
    .filter((stream) => (stream.unread ?? 0) >= 1)
    .map((stream) => stream.at - written)
    .sort((a, b) => a - b);
  log(`notification delivered to ${delivered}/${streams.length}`);

  let restart: LiveDrillResult["restart"] = null;
  if (options.restart) {
    log("PostgreSQL: stop …");
    await environment.stopDatabase();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await environment.startDatabase();
    const restarted = performance.now();
    log("PostgreSQL: started again; a second notification for everyone, at once");
    // Likely before the server listens again: only the listener's resync can bring it.
    await notifyAll(environment, "like", readerIds);
    const resumed = await allReach(streams, 2, RESTART_LIMIT_MS);
    restart = { resumed, seconds: resumed === streams.length ? (Math.max(...streams.map((stream) => stream.at)) - restarted) / 1000 : null };
  }

  for (const stream of streams) stream.request.destroy();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const afterClose = await server.rssBytes();
  const leftOver = await workAfterClosing(environment, readerIds);
  log(`after closing: ${leftOver} transactions in the app's database for a notification to every closed stream's reader`);
  return {
    connections: options.connections,
    listenerWaitSeconds,
    opened: streams.length,
    openSeconds,
    delivered,
    deliveryMs: { p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times.at(-1) ?? Number.NaN },
    rssMiB: { before: mib(rssBefore), opened: mib(rssOpened), held, afterClose: mib(afterClose) },
    restart,
    transactionsAfterClosing: leftOver,
  };
}

// Backends report their statistics at most every 10 s while idle (PostgreSQL 15+).
const STATS_FLUSH_MS = 11_000;

/**
 * How many transactions the database ran after every stream was closed and each reader got one
 * more notification (another account follows them all): a stream the server still held would
 * count its reader's notifications, one transaction each. Only the write itself is expected.
 */
async function workAfterClosing(environment: DrillEnvironment, readerIds: string[]): Promise<number> {
  const transactions = async () => {
    const [row] = await environment.query<{ total: string }>("SELECT xact_commit + xact_rollback AS total FROM pg_stat_database WHERE datname = current_database()");
    return Number(row?.total ?? 0);
  };
  await new Promise((resolve) => setTimeout(resolve, STATS_FLUSH_MS));
  const before = await transactions();
  await notifyAll(environment, "follow", readerIds, 1);
  await new Promise((resolve) => setTimeout(resolve, STATS_FLUSH_MS));
  return (await transactions()) - before;
}
