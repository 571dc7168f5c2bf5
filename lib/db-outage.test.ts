import { mkdtemp, rm } from "node:fs/promises";
import { type Socket, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { UNAVAILABLE_MESSAGE } from "@/lib/actions/unavailable";
import { logIn, signUp } from "@/lib/accounts/actions";
import { db } from "@/lib/db";
import { PROBE_INTERVAL_MS, databaseReachable, noteDatabaseUnavailable } from "@/lib/db-circuit";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { healthResponse } from "@/lib/health";
import { logger } from "@/lib/logging/logger";
import { createPost } from "@/lib/posts/actions";
import { createUser } from "@/test/factories";
import { type Browser, browserSignedInAs, form } from "@/test/next/session";
import { ensureDatabase } from "@/scripts/lib/database";
import { type RunningPostgres, startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { runPrisma } from "@/scripts/lib/prisma-cli";

// A PostgreSQL of this file's own, which the tests stop and start again, as
// an outage would. Its order matters: up, down, up.

const CONNECT_TIMEOUT_MS = 1_000;
/** Scheduling slack on a busy two-core machine. */
const MARGIN_MS = 750;

let postgres: RunningPostgres | null;
let dataDir: string;
let port: number;
const uncaught: unknown[] = [];
const recordUncaught = (error: unknown) => void uncaught.push(error);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "commons-outage-pg-"));
  postgres = await startEmbeddedPostgres({ dataDir });
  port = Number(new URL(postgres.serverUrl).port);
  const url = await ensureDatabase(postgres.serverUrl, "outage");
  await runPrisma(["migrate", "deploy"], url, { quiet: true });
  // Before the first query, which creates the client from these.
  process.env.DATABASE_URL = url;
  process.env.DATABASE_POOL_SIZE = "4";
  process.env.DATABASE_CONNECT_TIMEOUT_MS = String(CONNECT_TIMEOUT_MS);
  process.on("uncaughtException", recordUncaught);
});

afterAll(async () => {
  process.off("uncaughtException", recordUncaught);
  await db.$disconnect();
  await postgres?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function stopDatabase() {
  await postgres?.stop();
  postgres = null;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; outcome: T | unknown }> {
  const started = performance.now();
  const outcome = await work().catch((error: unknown) => error);
  return { ms: performance.now() - started, outcome };
}

let user: Awaited<ReturnType<typeof createUser>>;
/** The user's browser: the cookie jar is reset before each test, a browser of its own is not. */
let browser: Browser;

describe("while the database is down", () => {
  let inFlight: Promise<unknown>;
  const errorLog = vi.spyOn(logger, "error");

  beforeAll(async () => {
    user = await createUser();
    browser = await browserSignedInAs(user.id);
    // Four connections at once leave four idle connections in the pool.
    await Promise.all(Array.from({ length: 4 }, () => db.$queryRaw`SELECT pg_sleep(0.05)::text`));
    inFlight = db.$queryRaw`SELECT pg_sleep(30)::text`.catch((error: unknown) => error);
    await stopDatabase();
  });

  it("survives its idle connections dying, and reports the query that was running as an outage", async () => {
    await vi.waitFor(() => expect(errorLog).toHaveBeenCalledWith(expect.objectContaining({ event: "database-connection-lost" }), "Database connection lost while idle"));
    expect(uncaught).toEqual([]);
    expect(isDatabaseUnavailable(await inFlight)).toBe(true);
  });

  it("fails queries at once when nothing listens, and within the connect timeout when nothing answers", async () => {
    for (const query of [() => db.user.count(), () => db.$queryRaw`SELECT 1`, () => db.$transaction([db.post.count()])]) {
      const { ms, outcome } = await timed(query);
      expect(isDatabaseUnavailable(outcome)).toBe(true);
      expect(ms).toBeLessThan(CONNECT_TIMEOUT_MS);
    }
    // A server that accepts connections and never answers, like a hung or unreachable host.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(port, "127.0.0.1", resolve));
    try {
      const { ms, outcome } = await timed(() => db.user.count());
      expect(isDatabaseUnavailable(outcome)).toBe(true);
      expect(ms).toBeGreaterThanOrEqual(CONNECT_TIMEOUT_MS - 50);
      expect(ms).toBeLessThan(CONNECT_TIMEOUT_MS + MARGIN_MS);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("answers the health check with 503 and what is down", async () => {
    const { ms, outcome } = await timed(healthResponse);
    const response = outcome as Response;
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", database: "unreachable", storage: "ok" });
    expect(ms).toBeLessThan(CONNECT_TIMEOUT_MS);
  });

  it("answers forms with a message and keeps what was typed, signed in or not", async () => {
    expect(await browser(() => createPost(null, form({ text: "Hello?", contentWarning: "Spoilers" })))).toEqual({
      ok: false,
      message: UNAVAILABLE_MESSAGE,
      values: { text: "Hello?", contentWarning: "Spoilers" },
    });
    expect(await signUp(null, form({ username: "newbie", email: "newbie@example.com", displayName: "Newbie", password: "a long secret phrase" }))).toEqual({
      ok: false,
      message: UNAVAILABLE_MESSAGE,
      values: { username: "newbie", email: "newbie@example.com", displayName: "Newbie" },
    });
    expect(await logIn(null, form({ identifier: user.username, password: "whatever it is", callbackUrl: "/" }))).toEqual({
      ok: false,
      message: UNAVAILABLE_MESSAGE,
      values: { identifier: user.username },
    });
  });
});

describe("pages during the outage", () => {
  it("are told the database is down, which asks it at most once a second", async () => {
    noteDatabaseUnavailable();
    const probe = await timed(databaseReachable);
    expect(probe.outcome).toBe(false);
    expect(probe.ms).toBeLessThan(CONNECT_TIMEOUT_MS);
    const soon = await timed(databaseReachable);
    expect(soon.outcome).toBe(false);
    expect(soon.ms).toBeLessThan(PROBE_INTERVAL_MS / 2);
  });
});

describe("after the database is back", () => {
  it("recovers by itself: health 200 and forms work, with the same client", async () => {
    postgres = await startEmbeddedPostgres({ dataDir, port });
    await vi.waitFor(async () => expect((await healthResponse()).status).toBe(200), { timeout: 10_000, interval: 100 });
    noteDatabaseUnavailable();
    await vi.waitFor(async () => expect(await databaseReachable()).toBe(true), { timeout: 5_000, interval: PROBE_INTERVAL_MS / 4 });
    expect(await browser(() => createPost(null, form({ text: "Back again" })))).toEqual({ ok: true, message: "Posted." });
    expect(await db.post.count({ where: { text: "Back again" } })).toBe(1);
    expect(uncaught).toEqual([]);
  });

  it("does not take a refused statement for an outage", async () => {
    const duplicate = await db.user
      .create({ data: { username: user.username, email: "other@example.com", displayName: "Twin", passwordHash: "x" } })
      .catch((error: unknown) => error);
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(await db.$queryRaw`SELECT 1/0`.catch((error: unknown) => error))).toBe(false);
    expect(isDatabaseUnavailable(new Error("Something else"))).toBe(false);
  });
});
