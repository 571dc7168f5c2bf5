import { z } from "zod";
import { queryKeptPlan } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { keptPlanSql } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";

export type RateLimit = { bucket: string; max: number; windowMs: number };

const MINUTE = 60_000;

function fromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export const limits = {
  /** Wrong passwords for one account from one address: that address's guesses. */
  passwordPerSource: { bucket: "password:source", max: 5, windowMs: 15 * MINUTE },
  /**
   * Wrong passwords for one account from all addresses together. Only a
   * distributed attack reaches it (ten addresses at five each); below it, an
   * owner is never locked out by someone else's guesses.
   */
  passwordPerAccount: { bucket: "password:account", max: 50, windowMs: 15 * MINUTE },
  /** Wrong passwords from one address, whatever the account. */
  passwordPerIp: { bucket: "password:ip", max: 20, windowMs: 15 * MINUTE },
  /** Sign-ups from one address. */
  signupPerIp: { bucket: "signup:ip", max: fromEnv("SIGNUP_LIMIT_PER_HOUR", 10), windowMs: 60 * MINUTE },
  /** Password-reset requests for one address as typed, whether or not an account has it. */
  resetPerAddress: { bucket: "reset:address", max: 3, windowMs: 60 * MINUTE },
  /** Password-reset requests from one address. */
  resetPerIp: { bucket: "reset:ip", max: fromEnv("RESET_LIMIT_PER_HOUR", 10), windowMs: 60 * MINUTE },
  /** Verification links one account asks to be sent again. */
  verificationPerUser: { bucket: "verify:user", max: 3, windowMs: 60 * MINUTE },
  /**
   * Address changes one account asks for, each mailing a link to the new address. Apart from
   * resending: someone whose mistyped address never got its link has pressed Resend by then.
   */
  emailChangePerUser: { bucket: "email-change:user", max: 3, windowMs: 60 * MINUTE },
  /** Wrong two-factor codes for one account from one address. */
  codePerSource: { bucket: "code:source", max: 5, windowMs: 15 * MINUTE },
  /**
   * Wrong two-factor codes for one account from all addresses. Only someone
   * who knows the password gets this far, so it is tighter than passwords:
   * 10 guesses in 15 minutes, each with 3 chances in a million (±1 step).
   */
  codePerAccount: { bucket: "code:account", max: 10, windowMs: 15 * MINUTE },
  /** Wrong two-factor codes from one address, whatever the account. */
  codePerIp: { bucket: "code:ip", max: 20, windowMs: 15 * MINUTE },
  /**
   * Posts and comments one account writes, together: Mastodon's 300 in 3 hours, far above what a
   * person writes and far below what a script floods a community with.
   */
  writesPerUser: { bucket: "writes:user", max: fromEnv("WRITE_LIMIT_PER_3_HOURS", 300), windowMs: 180 * MINUTE },
  /** Reports one account files in an hour: enough for a thread full of spam, not to flood the moderators' queue. */
  reportsPerUser: { bucket: "reports:user", max: 50, windowMs: 60 * MINUTE },
  /** Accounts one account starts following in a day: Mastodon's and X's 400. */
  followsPerUser: { bucket: "follows:user", max: fromEnv("FOLLOW_LIMIT_PER_DAY", 400), windowMs: 24 * 60 * MINUTE },
} satisfies Record<string, RateLimit>;

export type Throttled = { retryAfterMinutes: number };

/** The statements below go through node-postgres (queryKeptPlan): through Prisma, one write's limit cost it 2 ms of CPU. */
const reservedRow = z.object({ id: z.string() });
const eventTimeRow = z.object({ createdAt: z.date() });

/**
 * Null while `key` has had at most `allowed` events in the window; otherwise
 * how long until the oldest of the most recent ones leaves it.
 */
async function overLimit(limit: RateLimit, key: string, allowed: number): Promise<Throttled | null> {
  const since = new Date(Date.now() - limit.windowMs);
  // Only the event past the allowance: a limit of 300 posts must not read 300 rows for each post.
  const [oldest] = parseRows(
    eventTimeRow,
    await queryKeptPlan(
      keptPlanSql(Prisma.sql`
        SELECT created_at AS "createdAt" FROM rate_limit_events
        WHERE bucket = ${limit.bucket} AND key = ${key} AND created_at > ${since}
        ORDER BY created_at DESC OFFSET ${allowed} LIMIT 1`),
    ),
  );
  if (!oldest) return null;
  const retryAfterMs = oldest.createdAt.getTime() + limit.windowMs - Date.now();
  return { retryAfterMinutes: Math.max(1, Math.ceil(retryAfterMs / MINUTE)) };
}

/**
 * How long until `key` may have one more event under `limit`, read without counting one (a page
 * that says why a write was refused); null while it may.
 */
export function waitUnderLimit(limit: RateLimit, key: string): Promise<Throttled | null> {
  return overLimit(limit, key, limit.max - 1);
}

export type Attempt = {
  /** Why the attempt may not go ahead, or null when it may. */
  throttled: Throttled | null;
  /** Takes the attempt back: it no longer counts (a successful login, a refused attempt). */
  release: () => Promise<void>;
};

/**
 * Counts an attempt against each `[limit, key]` pair, then checks the limits
 * with it included. Recording first (a statement of its own, committed before
 * the check) makes a burst of parallel attempts see each other, so no more than
 * `max` get through; checking first would let them all pass before any was
 * recorded. Events that left their window are forgotten on the way.
 */
export async function reserveAttempt(events: [RateLimit, string][]): Promise<Attempt> {
  const longestWindow = Math.max(...Object.values(limits).map((limit) => limit.windowMs));
  const reserved = parseRows(
    reservedRow,
    await queryKeptPlan(
      keptPlanSql(Prisma.sql`
        WITH added AS (
          INSERT INTO rate_limit_events (bucket, key)
          SELECT * FROM unnest(${events.map(([limit]) => limit.bucket)}::text[], ${events.map(([, key]) => key)}::text[])
          RETURNING id
        ), forgotten AS (
          DELETE FROM rate_limit_events WHERE created_at < ${new Date(Date.now() - longestWindow)}
        )
        SELECT id::text AS id FROM added`),
    ),
  );
  let throttled: Throttled | null = null;
  for (const [limit, key] of events) throttled ??= await overLimit(limit, key, limit.max);
  const ids = reserved.map((event) => event.id);
  return {
    throttled,
    release: async () => void (await queryKeptPlan(keptPlanSql(Prisma.sql`DELETE FROM rate_limit_events WHERE id = ANY(${ids}::bigint[])`))),
  };
}

/** A throttling key the database can store: PostgreSQL text holds no NUL, and keys are bounded. */
export function storableKey(value: string): string {
  return value.replaceAll("\u0000", "\uFFFD").slice(0, 254);
}

export type PasswordCheck = { outcome: "right" } | { outcome: "wrong" } | { outcome: "throttled"; message: string };

/** The limits of one kind of secret that can be guessed at: per account and address, per account, per address. */
type GuessLimits = { perSource: RateLimit; perAccount: RateLimit; perIp: RateLimit };

const passwordGuesses: GuessLimits = { perSource: limits.passwordPerSource, perAccount: limits.passwordPerAccount, perIp: limits.passwordPerIp };
const codeGuesses: GuessLimits = { perSource: limits.codePerSource, perAccount: limits.codePerAccount, perIp: limits.codePerIp };

/**
 * Every password check (logging in, changing the password, deleting the
 * account) goes through here: throttling first, so a throttled guess never
 * reaches `verify`; a right password takes its attempt back. `account` names
 * what is guessed at, as the guesser named it: keys never depend on whether
 * an account exists, so throttling reveals nothing about which ones do.
 */
export function checkPassword(account: string, ip: string, verify: () => Promise<boolean>): Promise<PasswordCheck> {
  return checkGuess(passwordGuesses, account, ip, verify);
}

/** Every two-factor code check (the login's second step, turning two-factor on or off), throttled as passwords are. */
export function checkCode(account: string, ip: string, verify: () => Promise<boolean>): Promise<PasswordCheck> {
  return checkGuess(codeGuesses, account, ip, verify);
}

async function checkGuess(guesses: GuessLimits, account: string, ip: string, verify: () => Promise<boolean>): Promise<PasswordCheck> {
  const accountKey = storableKey(account);
  const ipKey = storableKey(ip);
  const attempt = await reserveAttempt([
    [guesses.perSource, storableKey(`${ipKey} ${accountKey}`)],
    [guesses.perAccount, accountKey],
    [guesses.perIp, ipKey],
  ]);
  if (attempt.throttled) {
    await attempt.release();
    return { outcome: "throttled", message: throttledMessage(attempt.throttled) };
  }
  if (!(await verify())) return { outcome: "wrong" };
  await attempt.release();
  return { outcome: "right" };
}

export function throttledMessage({ retryAfterMinutes }: Throttled): string {
  return `Too many attempts. Try again in ${retryAfterMinutes} ${retryAfterMinutes === 1 ? "minute" : "minutes"}.`;
}

/**
 * Counts one event of `key` against `limit`, or, once its window holds `limit.max`, takes it back
 * and answers what the person reads (`say`, from how long to wait): null while within the limit.
 */
export async function withinLimit(limit: RateLimit, key: string, say: (throttled: Throttled) => string = throttledMessage): Promise<string | null> {
  const attempt = await reserveAttempt([[limit, key]]);
  if (!attempt.throttled) return null;
  await attempt.release();
  return say(attempt.throttled);
}

/** What a write refused by its limit says: `reached` (what was done too often), then how long to wait, in hours from two on. */
export function writeLimitMessage(reached: string): (throttled: Throttled) => string {
  return ({ retryAfterMinutes: minutes }) => {
    const wait = minutes < 120 ? `${minutes} ${minutes === 1 ? "minute" : "minutes"}` : `${Math.ceil(minutes / 60)} hours`;
    return `${reached} Try again in ${wait}.`;
  };
}
