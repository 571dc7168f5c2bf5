export type StoreLimits = {
  /** How long a row may be kept at most, whatever is heard meanwhile. */
  keepForMs: number;
  /** How many rows at most: beyond it, the users kept longest go first. */
  maxRows: number;
};

type Kept<Row> = { row: Row; keptAt: number };

/**
 * Session rows kept in memory, each under its user, so that all of a user's
 * rows can be forgotten at once. A row read while its user changed is not
 * kept: take a `mark()` before reading, and hand it to `keep()` after.
 */
export class SessionRowStore<Row> {
  private readonly byUser = new Map<string, Map<string, Kept<Row>>>();
  private rows = 0;
  /** Counts every forgetting; a mark is its value when a read began. */
  private changes = 0;
  /** The count at each user's last forgetting; below `floor`, everyone's (forgetAll). */
  private readonly changedAt = new Map<string, number>();
  private floor = 0;

  constructor(
    private readonly limits: StoreLimits,
    private readonly now: () => number = Date.now,
  ) {}

  get(userId: string, sessionId: string): Row | undefined {
    const sessions = this.byUser.get(userId);
    const kept = sessions?.get(sessionId);
    if (!sessions || !kept) return undefined;
    if (this.now() - kept.keptAt < this.limits.keepForMs) return kept.row;
    sessions.delete(sessionId);
    this.rows -= 1;
    if (sessions.size === 0) this.byUser.delete(userId);
    return undefined;
  }

  mark(): number {
    return this.changes;
  }

  /** Keeps `row` unless its user (or everyone) was forgotten since `mark`. */
  keep(mark: number, userId: string, sessionId: string, row: Row): void {
    if (mark < this.floor || (this.changedAt.get(userId) ?? -1) > mark) return;
    let sessions = this.byUser.get(userId);
    if (!sessions?.has(sessionId)) {
      if (this.rows >= this.limits.maxRows) this.dropLongestKeptUser();
      if (!sessions) this.byUser.set(userId, (sessions = new Map()));
      this.rows += 1;
    }
    sessions.set(sessionId, { row, keptAt: this.now() });
  }

  forgetUser(userId: string): void {
    this.changes += 1;
    this.changedAt.set(userId, this.changes);
    // The marks only matter while reads are under way: past this size, start over from a floor.
    if (this.changedAt.size > this.limits.maxRows) this.raiseFloor();
    const sessions = this.byUser.get(userId);
    if (!sessions) return;
    this.rows -= sessions.size;
    this.byUser.delete(userId);
  }

  forgetAll(): void {
    this.changes += 1;
    this.raiseFloor();
    this.byUser.clear();
    this.rows = 0;
  }

  /** How many rows are kept, for the tests. */
  get size(): number {
    return this.rows;
  }

  private raiseFloor() {
    this.floor = this.changes;
    this.changedAt.clear();
  }

  private dropLongestKeptUser() {
    const [userId, sessions] = this.byUser.entries().next().value!;
    this.rows -= sessions.size;
    this.byUser.delete(userId);
  }
}
