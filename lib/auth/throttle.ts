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
 * Null while `key` has had fewer than `limit.max` events in the window;
 * otherwise how long until the oldest of them leaves it.
 */
export async function checkLimit(limit: RateLimit, key: string): Promise<Throttled | null> {
  const since = new Date(Date.now() - limit.windowMs);
  const recent = await db.rateLimitEvent.findMany({
    where: { bucket: limit.bucket, key, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: limit.max,
    select: { createdAt: true },
  });
  const oldest = recent.at(-1);
  if (recent.length < limit.max || !oldest) return null;
  const retryAfterMs = oldest.createdAt.getTime() + limit.windowMs - Date.now();
  return { retryAfterMinutes: Math.max(1, Math.ceil(retryAfterMs / MINUTE)) };
}

/** Counts one event against each `[limit, key]` pair, and forgets events that left their window. */
export async function recordEvents(events: [RateLimit, string][]): Promise<void> {
  const longestWindow = Math.max(...Object.values(limits).map((limit) => limit.windowMs));
  await db.$transaction([
    db.rateLimitEvent.createMany({ data: events.map(([limit, key]) => ({ bucket: limit.bucket, key })) }),
    db.rateLimitEvent.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - longestWindow) } } }),
  ]);
}

export function throttledMessage({ retryAfterMinutes }: Throttled): string {
  return `Too many attempts. Try again in ${retryAfterMinutes} ${retryAfterMinutes === 1 ? "minute" : "minutes"}.`;
}
