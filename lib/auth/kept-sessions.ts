import { randomBytes } from "node:crypto";
import type { LiveListener } from "@/lib/live/listener";
import type { LiveSignal } from "@/lib/live/signals";
import type { SessionIds } from "./session-cookie";
import { SessionRowStore, type StoreLimits } from "./session-row-store";

export type KeptSessionsOptions = StoreLimits & {
  /** How often the process sends itself a heartbeat on the channel. */
  heartbeatEveryMs: number;
  /** How recent the last heartbeat heard must be for kept rows to be used. */
  heardWithinMs: number;
};

export const KEPT_SESSIONS_DEFAULTS: KeptSessionsOptions = { keepForMs: 30_000, maxRows: 20_000, heartbeatEveryMs: 2_000, heardWithinMs: 5_000 };

/**
 * The session rows a process keeps between its page loads, so that a signed-in
 * page does not ask the database who its reader is each time (about 6 % of such
 * a page's server CPU, and one statement of its two: BENCHMARKS.md, sessions 24 and 27).
 *
 * A session still ends at once everywhere. Every change to what the row holds
 * is announced on the live-updates channel at its commit (sessions ending, the
 * account's name, picture, role, theme or suspension, the unread count, also when a
 * block, a mute or another account's suspension changes it: migrations live_signals,
 * account_signals, blocks_and_mutes_signal_notifications and
 * suspension_signals_notifications), and each process forgets that
 * user's rows when it hears it, within milliseconds. A row being read while
 * its user changed is not kept. Rows are used only while the process hears
 * its own heartbeat on the channel, so a listener that is cut off, or that a
 * pooler in transaction mode never hands a signal, keeps nothing for longer
 * than `heardWithinMs`; and no row is kept past `keepForMs` (an expired
 * session's last half minute).
 */
export class KeptSessions<Row> {
  private readonly store: SessionRowStore<Row>;
  /** This process's heartbeat, told apart from every other process's. */
  private readonly heartbeat = randomBytes(12).toString("base64url");
  private heardAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly listener: Pick<LiveListener, "subscribe" | "listening">,
    /** Sends a payload on the channel through a connection other than the listener's. */
    private readonly send: (payload: string) => Promise<void>,
    private readonly options: KeptSessionsOptions = KEPT_SESSIONS_DEFAULTS,
    private readonly now: () => number = Date.now,
  ) {
    this.store = new SessionRowStore(options, now);
    this.unsubscribe = listener.subscribe(this.receive);
  }

  /** Starts the heartbeat (the first one at once). */
  start(): void {
    if (this.timer) return;
    this.beat();
    this.timer = setInterval(() => this.beat(), this.options.heartbeatEveryMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.unsubscribe();
  }

  /** The row kept for `session`, while the process hears the channel. */
  get(session: SessionIds): Row | undefined {
    return this.hearsChannel() ? this.store.get(session.userId, session.sessionId) : undefined;
  }

  /** To take before reading a row that may be kept (see keep). */
  mark(): number {
    return this.store.mark();
  }

  /** Keeps `row`, read after `mark`, unless its user changed meanwhile or the channel went quiet. */
  keep(mark: number, session: SessionIds, row: Row): void {
    if (this.hearsChannel()) this.store.keep(mark, session.userId, session.sessionId, row);
  }

  /** Forgets `userId`'s rows here at once, as their signal would a moment later. */
  forgetUser(userId: string): void {
    this.store.forgetUser(userId);
  }

  /** How many rows are kept, for the tests. */
  get size(): number {
    return this.store.size;
  }

  private hearsChannel(): boolean {
    return this.listener.listening && this.now() - this.heardAt < this.options.heardWithinMs;
  }

  private beat() {
    // A failed heartbeat is simply not heard: the rows go unused until one is.
    this.send(`h:${this.heartbeat}`).catch(() => undefined);
  }

  private readonly receive = (signal: LiveSignal): void => {
    switch (signal.kind) {
      case "sessions":
      case "account":
      case "notifications":
        return this.store.forgetUser(signal.userId);
      case "resync":
        // Signals sent while the listener was away are lost.
        return this.store.forgetAll();
      case "heartbeat":
        if (signal.id === this.heartbeat) this.heardAt = this.now();
        return;
      case "posts":
        return;
    }
  };
}
