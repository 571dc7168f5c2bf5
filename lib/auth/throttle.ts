import { db } from "@/lib/db";

export type RateLimit = { bucket: string; max: number; windowMs: number };

const MINUTE = 60_000;

function fromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export const limits = {
  /** Failed logins against one account. */
  loginPerAccount: { bucket: "login:account", max: 5, windowMs: 15 * MINUTE },
  /** Failed logins from one address, whatever the account. */
  loginPerIp: { bucket: "login:ip", max: 20, windowMs: 15 * MINUTE },
  /** Sign-ups from one address. */
  signupPerIp: { bucket: "signup:ip", max: fromEnv("SIGNUP_LIMIT_PER_HOUR", 10), windowMs: 60 * MINUTE },
} satisfies Record<string, RateLimit>;

export type Throttled = { retryAfterMinutes: number };

/**
 * Null while `key` has had at most `allowed` events in the window; otherwise
 * how long until the oldest of the most recent ones leaves it.
 */
async function overLimit(limit: RateLimit, key: string, allowed: number): Promise<Throttled | null> {
  const since = new Date(Date.now() - limit.windowMs);
  const recent = await db.rateLimitEvent.findMany({
    where: { bucket: limit.bucket, key, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: allowed + 1,
    select: { createdAt: true },
  });
  const oldest = recent.at(-1);
  if (recent.length <= allowed || !oldest) return null;
  const retryAfterMs = oldest.createdAt.getTime() + limit.windowMs - Date.now();
  return { retryAfterMinutes: Math.max(1, Math.ceil(retryAfterMs / MINUTE)) };
}

export type Attempt = {
  /** Why the attempt may not go ahead, or null when it may. */
  throttled: Throttled | null;
  /** Takes the attempt back: it no longer counts (a successful login, a refused attempt). */
  release: () => Promise<void>;
};

/**
 * Counts an attempt against each `[limit, key]` pair, then checks the limits
 * with it included. Recording first makes a burst of parallel attempts see
 * each other, so no more than `max` get through; checking first would let
 * them all pass before any was recorded. Events that left their window are
 * forgotten on the way.
 */
export async function reserveAttempt(events: [RateLimit, string][]): Promise<Attempt> {
  const longestWindow = Math.max(...Object.values(limits).map((limit) => limit.windowMs));
  const [reserved] = await db.$transaction([
    db.rateLimitEvent.createManyAndReturn({ data: events.map(([limit, key]) => ({ bucket: limit.bucket, key })), select: { id: true } }),
    db.rateLimitEvent.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - longestWindow) } } }),
  ]);
  let throttled: Throttled | null = null;
  for (const [limit, key] of events) throttled ??= await overLimit(limit, key, limit.max);
  const ids = reserved.map((event) => event.id);
  return { throttled, release: async () => void (await db.rateLimitEvent.deleteMany({ where: { id: { in: ids } } })) };
}

export function throttledMessage({ retryAfterMinutes }: Throttled): string {
  return `Too many attempts. Try again in ${retryAfterMinutes} ${retryAfterMinutes === 1 ? "minute" : "minutes"}.`;
}
