import { limits, type RateLimit, reserveAttempt, waitUnderLimit, writeLimitMessage, type Throttled } from "@/lib/auth/throttle";
import { type Refusal, refusal } from "./refusal";

// How much one account may write (lib/auth/throttle.ts). Each write counts, and once a limit's
// window is full the write is refused with a sentence, before any of its work is done. A write
// refused for any other reason takes its count back: a refusal changes nothing.

const WRITES_REACHED = writeLimitMessage("You have written more posts and comments than Commons takes in 3 hours.");
/** How a refusal by the follow limit starts, whatever the wait it then gives. */
export const FOLLOWS_REACHED_SENTENCE = "You have followed more accounts than Commons takes in a day.";
const FOLLOWS_REACHED = writeLimitMessage(FOLLOWS_REACHED_SENTENCE);
const REPORTS_REACHED = writeLimitMessage("You have sent more reports than the moderators take in an hour.");

/** Runs `write`, a post or comment by `userId`, within their limit. */
export function asCountedWrite<Result extends { ok: boolean }>(userId: string, write: () => Promise<Result | Refusal>): Promise<Result | Refusal> {
  return counted(limits.writesPerUser, WRITES_REACHED, userId, write);
}

/** Runs `follow`, a new follow by `userId`, within their limit. */
export function asCountedFollow<Result extends { ok: boolean }>(userId: string, follow: () => Promise<Result | Refusal>): Promise<Result | Refusal> {
  return counted(limits.followsPerUser, FOLLOWS_REACHED, userId, follow);
}

/**
 * What a refused follow said, said again later for `userId` (a page reached without JavaScript),
 * with the wait as it is now.
 */
export async function followLimitMessage(userId: string): Promise<string> {
  const throttled = await waitUnderLimit(limits.followsPerUser, userId);
  return throttled ? FOLLOWS_REACHED(throttled) : `${FOLLOWS_REACHED_SENTENCE} You can follow again now.`;
}

/** Runs `report`, a report filed by `userId`, within their limit. */
export function asCountedReport<Result extends { ok: boolean }>(userId: string, report: () => Promise<Result | Refusal>): Promise<Result | Refusal> {
  return counted(limits.reportsPerUser, REPORTS_REACHED, userId, report);
}

async function counted<Result extends { ok: boolean }>(
  limit: RateLimit,
  reached: (throttled: Throttled) => string,
  userId: string,
  write: () => Promise<Result | Refusal>,
): Promise<Result | Refusal> {
  const attempt = await reserveAttempt([[limit, userId]]);
  if (attempt.throttled) {
    await attempt.release();
    return refusal(reached(attempt.throttled));
  }
  let result: Result | Refusal;
  try {
    result = await write();
  } catch (error) {
    // The write's own error is the one worth reporting; its count may stay if the database is what failed.
    await attempt.release().catch(() => undefined);
    throw error;
  }
  if (!result.ok) await attempt.release();
  return result;
}
