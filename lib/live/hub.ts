import type { LiveSignal } from "./signals";

/** One open stream, as the hub sees it: what it does with each kind of signal is its own affair (stream.ts). */
export type LiveConnection = {
  userId: string;
  notificationsChanged(): void;
  feedChanged(): void;
  sessionsChanged(): void;
};

/** Of `userIds`, those who follow one of `authorIds`. */
export type FollowersAmong = (authorIds: string[], userIds: string[]) => Promise<string[]>;

export type HubOptions = {
  maxPerUser: number;
  followersAmong: FollowersAmong;
  /** Posts signalled within this window are looked up together: one query for a burst. */
  postBatchMs?: number;
};

/**
 * The open streams of this process, by user, and the routing of the listener's signals to
 * them. A user's notification or session signal goes straight to their streams; a post goes
 * to the streams of the author's followers, looked up among the connected users only.
 */
export class LiveHub {
  private readonly byUser = new Map<string, Set<LiveConnection>>();
  private pendingAuthors = new Set<string>();
  private postTimer: NodeJS.Timeout | undefined;

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
        return this.each(signal.userId, (connection) => connection.notificationsChanged());
      case "sessions":
        return this.each(signal.userId, (connection) => connection.sessionsChanged());
      case "posts":
        return this.postBy(signal.authorId);
      case "resync":
        for (const streams of this.byUser.values()) {
          for (const connection of streams) {
            connection.sessionsChanged();
            connection.notificationsChanged();
            connection.feedChanged();
          }
        }
    }
  };

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
