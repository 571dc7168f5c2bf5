import { db } from "@/lib/db";
import { logger } from "@/lib/logging/logger";
import { onMailQueued } from "./outbox";
import type { MailTransport, OutgoingMail } from "./transport";

export type DrainOptions = {
  /** Messages claimed per round. */
  batch?: number;
  /** The wait after the first failure; it doubles with each further one, up to MAX_BACKOFF_MS. */
  backoffBaseMs?: number;
};

/** After this many failed attempts a message is marked failed and left for an operator (about 13 hours of retries). */
export const MAX_ATTEMPTS = 20;
const MAX_BACKOFF_MS = 60 * 60_000;
const DEFAULT_BACKOFF_BASE_MS = 30_000;
/** How long a claimed message is out of the others' reach: past it, a worker that died while sending has its messages retried. */
const LEASE_SECONDS = 120;
const MAX_ERROR_LENGTH = 500;

export function backoffMs(attempts: number, baseMs = DEFAULT_BACKOFF_BASE_MS): number {
  return Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, attempts - 1));
}

type Claimed = OutgoingMail & { attempts: number };

/**
 * Claims up to `batch` messages that are due, counting the attempt at once and
 * leasing them for LEASE_SECONDS. SKIP LOCKED lets several server processes
 * drain one outbox: each row goes to one of them.
 */
function claimDue(batch: number): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE email_outbox
       SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
     WHERE id IN (SELECT id FROM email_outbox
                   WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                   ORDER BY next_attempt_at, id
                   LIMIT ${batch}
                   FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, recipient, subject, body, attempts`;
}

export type DrainResult = { claimed: number; sent: number; failed: number };

/** One round: sends what is due through `transport`, recording each attempt's outcome on its row. */
export async function drainOutbox(transport: MailTransport, options: DrainOptions = {}): Promise<DrainResult> {
  const claimed = await claimDue(options.batch ?? 10);
  let sent = 0;
  for (const mail of claimed) {
    try {
      await transport.send(mail);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
      const givesUp = mail.attempts >= MAX_ATTEMPTS;
      await db.emailOutbox.update({
        where: { id: mail.id },
        data: {
          lastError: reason,
          nextAttemptAt: new Date(Date.now() + backoffMs(mail.attempts, options.backoffBaseMs)),
          failedAt: givesUp ? new Date() : null,
        },
        select: { id: true },
      });
      logger.warn(
        { event: "mail-failed", kind: mail.kind, mailId: mail.id.toString(), attempts: mail.attempts, givesUp, reason },
        givesUp ? "Mail failed for the last time" : "Mail failed; it will be retried",
      );
      continue;
    }
    sent++;
    await db.emailOutbox.update({
      where: { id: mail.id },
      data: { sentAt: new Date(), lastError: null, ...(transport.keepsBody ? {} : { body: "" }) },
      select: { id: true },
    });
    logger.info({ event: "mail-sent", kind: mail.kind, mailId: mail.id.toString(), attempts: mail.attempts }, "Mail sent");
  }
  return { claimed: claimed.length, sent, failed: claimed.length - sent };
}

export type MailWorker = { stop: () => Promise<void> };

/**
 * Drains the outbox inside this process: at once when a service queued mail
 * (wakeMailWorker), and every `pollMs` for retries and other processes' mail.
 * It never throws: an unreachable database or SMTP server is logged (once per
 * streak) and retried, and its timer does not keep the process alive.
 */
export function startMailWorker(transport: MailTransport, options: DrainOptions & { pollMs?: number } = {}): MailWorker {
  const pollMs = options.pollMs ?? 5_000;
  const batch = options.batch ?? 10;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let failingSince: number | undefined;

  const schedule = (delay: number) => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(run, delay);
    timer.unref();
  };
  const round = async () => {
    try {
      while (!stopped && (await drainOutbox(transport, { ...options, batch })).claimed === batch);
      if (failingSince !== undefined) logger.info({ event: "mail-worker-recovered" }, "The mail worker reaches the database again");
      failingSince = undefined;
    } catch (error) {
      if (failingSince === undefined) {
        logger.warn({ event: "mail-worker-error", reason: error instanceof Error ? error.message : String(error) }, "The mail worker cannot read the outbox; retrying");
      }
      failingSince ??= Date.now();
    }
  };
  function run() {
    if (running) {
      again = true;
      return;
    }
    running = round().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        schedule(0);
      } else schedule(failingSince === undefined ? pollMs : Math.min(pollMs * 6, 30_000));
    });
  }
  const unsubscribe = onMailQueued(() => schedule(0));
  schedule(0);
  return {
    async stop() {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      await running;
    },
  };
}

const WORKER_KEY = Symbol.for("commons.mailWorker");
type WorkerHolder = { [WORKER_KEY]?: MailWorker };

/**
 * At server start (instrumentation.ts): one worker per process for the
 * configured transport. Without SMTP in production, mail waits in the outbox.
 */
export async function startConfiguredMailWorker(): Promise<void> {
  const holder = globalThis as WorkerHolder;
  if (holder[WORKER_KEY]) return;
  const { configuredTransport } = await import("./transport");
  const transport = await configuredTransport();
  if (!transport) {
    const missing = ["SMTP_URL", "MAIL_FROM"].filter((name) => !process.env[name]);
    logger.warn({ event: "mail-disabled" }, `${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not set: mail is kept in the outbox until ${missing.length === 1 ? "it is" : "they are"}`);
    return;
  }
  holder[WORKER_KEY] = startMailWorker(transport);
  logger.info({ event: "mail-worker-started", transport: transport.name }, "Mail worker started");
}
