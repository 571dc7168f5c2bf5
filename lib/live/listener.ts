import { Client } from "pg";
import { logger } from "@/lib/logging/logger";
import { LIVE_CHANNEL, type LiveSignal, parseSignal } from "./signals";

type Subscriber = (signal: LiveSignal) => void;

export type Backoff = { firstMs: number; maxMs: number };

export const LIVE_APPLICATION_NAME = "commons-live";

const DEFAULT_BACKOFF: Backoff = { firstMs: 250, maxMs: 10_000 };

/**
 * One LISTEN connection for the whole process, fanned out to in-process subscribers. It is a
 * `pg` Client of its own, not one of Prisma's pooled connections: a LISTEN lives as long as
 * its connection, and a pool hands connections out and takes them back.
 *
 * When the connection is lost (PostgreSQL restarted, the backend was terminated), it connects
 * again with exponential backoff and jitter. NOTIFYs sent meanwhile never reach it, so every
 * connection after the first one is announced as a `resync` signal: subscribers fetch again
 * what they show, and nothing written during the outage is missed.
 */
export class LiveListener {
  private readonly subscribers = new Set<Subscriber>();
  private client: Client | null = null;
  private started = false;
  private stopped = false;
  private connections = 0;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private firstConnection: Promise<void> | undefined;
  private resolveFirst: (() => void) | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly backoff: Backoff = DEFAULT_BACKOFF,
  ) {}

  /** Starts listening (once); resolves when the first connection listens. */
  start(): Promise<void> {
    if (!this.started) {
      this.started = true;
      this.firstConnection = new Promise((resolve) => (this.resolveFirst = resolve));
      void this.connect();
    }
    return this.firstConnection!;
  }

  /** `subscriber` gets every signal until the returned function is called. */
  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => void this.subscribers.delete(subscriber);
  }

  get listening(): boolean {
    return this.client !== null;
  }

  /** How many times a connection started listening (the first one, then each reconnection). */
  get connectionCount(): number {
    return this.connections;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private emit(signal: LiveSignal) {
    for (const subscriber of this.subscribers) {
      try {
        subscriber(signal);
      } catch (error) {
        logger.error({ event: "live-subscriber-failed", reason: String(error) }, "A live-update subscriber failed");
      }
    }
  }

  private async connect() {
    const client = new Client({
      connectionString: this.connectionString,
      // Named, so an operator (and the tests) can find it in pg_stat_activity.
      application_name: LIVE_APPLICATION_NAME,
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    });
    client.on("notification", (message) => {
      if (message.channel !== LIVE_CHANNEL || !message.payload) return;
      const signal = parseSignal(message.payload);
      if (signal) this.emit(signal);
    });
    // Without a listener an "error" would crash the process; the connection is replaced instead.
    client.on("error", (error) => this.lost(client, error.message));
    client.on("end", () => this.lost(client, "connection ended"));
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.retry(error instanceof Error ? error.message : String(error));
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
    this.connections += 1;
    if (this.connections === 1) this.resolveFirst?.();
    else logger.info({ event: "live-listener-reconnected" }, "Listening for live updates again");
    // Even the first connection may come after subscribers did (the database was down at start).
    this.emit({ kind: "resync" });
  }

  private lost(client: Client, reason: string) {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    this.retry(reason);
  }

  private retry(reason: string) {
    if (this.stopped) return;
    const ceiling = Math.min(this.backoff.maxMs, this.backoff.firstMs * 2 ** this.failures);
    this.failures += 1;
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    logger.warn({ event: "live-listener-lost", reason, retryInMs: Math.round(delay) }, "Live updates: listening again soon");
    this.retryTimer = setTimeout(() => void this.connect(), delay);
  }
}

const globalForLive = globalThis as unknown as { liveListener?: LiveListener };

/** The process's listener, started on first use (`next build` imports this module without a database). */
export function liveListener(): LiveListener {
  if (!globalForLive.liveListener) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set.");
    globalForLive.liveListener = new LiveListener(connectionString);
    void globalForLive.liveListener.start();
  }
  return globalForLive.liveListener;
}
