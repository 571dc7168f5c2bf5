import type { LiveSignal } from "./signals";

/** One open stream, as the hub sees it: what it does with each kind of signal is its own affair (stream.ts). */
export type LiveConnection = {
  userId: string;
  /** The reader's unread count, counted after their notifications changed. */
  unread(count: number): void;
  feedChanged(): void;
  sessionsChanged(): void;
};

/** Of `userIds`, those who follow one of `authorIds`. */
export type FollowersAmong = (authorIds: string[], userIds: string[]) => Promise<string[]>;

/** The unread counts of `userIds`, in one statement. */
export type CountUnread = (userIds: string[]) => Promise<Map<string, number>>;

export type HubOptions = {
  maxPerUser: number;
  followersAmong: FollowersAmong;
  countUnread: CountUnread;
  /** Posts signalled within this window are looked up together: one query for a burst. */
  postBatchMs?: number;
};

/** Most readers counted in one statement. */
const UNREAD_BATCH = 500;

/**
 * The open streams of this process, by user, and the routing of the listener's signals to
 * them. A user's notification signal gets their unread count to all their streams, and a
 * session signal has each stream check its session; a post goes to the streams of the
 * author's followers, looked up among the connected users only.
 *
 * Unread counts are batched: while one statement counts, the readers signalled meanwhile wait
 * and are counted together in the next, so a notification for a thousand readers at once costs
 * a few statements, not a thousand, and a reader signalled twice is counted after the last.
 */
export class LiveHub {
  private readonly byUser = new Map<string, Set<LiveConnection>>();
  private pendingAuthors = new Set<string>();
  private postTimer: NodeJS.Timeout | undefined;
  private readonly pendingUnread = new Set<string>();
  private counting = false;

  constructor(private readonly options: HubOptions) {}

  /** Adds a stream; false (and nothing added) when its user already has the most allowed. */
  add(connection: LiveConnection): boolean {
    const streams = this.byUser.get(connection.userId) ?? new Set();
    if (streams.size >= this.options.maxPerUser) return false;
    streams.add(connection);
    this.byUser.set(connection.userId, streams);
    return true;
  }

  remove(connection: LiveConnection): void {
    const streams = this.byUser.get(connection.userId);
    if (!streams?.delete(connection)) return;
    if (streams.size === 0) this.byUser.delete(connection.userId);
  }

  /** How many streams are open, for the tests and the bench. */
  get size(): number {
    let total = 0;
    for (const streams of this.byUser.values()) total += streams.size;
    return total;
  }

  readonly receive = (signal: LiveSignal): void => {
    switch (signal.kind) {
      case "notifications":
        return this.refreshUnread(signal.userId);
      case "sessions":
        return this.each(signal.userId, (connection) => connection.sessionsChanged());
      case "posts":
        return this.postBy(signal.authorId);
      case "account":
      case "heartbeat":
        // For the kept sessions (lib/auth/kept-sessions.ts): a stream shows neither.
        return;
      case "resync":
        // Sessions are not checked again here: each stream's periodic check does it, and a
        // thousand checks would hold up the counts that the readers are waiting for.
        for (const [userId, streams] of this.byUser) {
          this.refreshUnread(userId);
          for (const connection of streams) connection.feedChanged();
        }
    }
  };

  /** Counts `userId`'s unread notifications soon, and sends the count to all their streams. */
  refreshUnread(userId: string): void {
    this.pendingUnread.add(userId);
    if (!this.counting) void this.countPending();
  }

  private async countPending() {
    this.counting = true;
    try {
      while (this.pendingUnread.size > 0) {
        const batch = [...this.pendingUnread].slice(0, UNREAD_BATCH);
        for (const userId of batch) this.pendingUnread.delete(userId);
        const connected = batch.filter((userId) => this.byUser.has(userId));
        if (connected.length === 0) continue;
        let counts: Map<string, number>;
        try {
          counts = await this.options.countUnread(connected);
        } catch {
          // The database is away: the listener resyncs every stream when it is back.
          continue;
        }
        for (const [userId, unread] of counts) this.each(userId, (connection) => connection.unread(unread));
      }
    } finally {
      this.counting = false;
    }
  }

  private each(userId: string, deliver: (connection: LiveConnection) => void) {
    const streams = this.byUser.get(userId);
    if (streams) for (const connection of [...streams]) deliver(connection);
  }

  private postBy(authorId: string) {
    if (this.byUser.size === 0) return;
    this.pendingAuthors.add(authorId);
    this.postTimer ??= setTimeout(() => void this.deliverPosts(), this.options.postBatchMs ?? 100);
  }

  private async deliverPosts() {
    const authors = [...this.pendingAuthors];
    this.pendingAuthors = new Set();
    this.postTimer = undefined;
    const connected = [...this.byUser.keys()];
    if (connected.length === 0) return;
    let followers: string[];
    try {
      followers = await this.options.followersAmong(authors, connected);
    } catch {
      // The database is away: the listener's reconnection will resync everyone.
      return;
    }
    for (const userId of followers) this.each(userId, (connection) => connection.feedChanged());
  }
}
