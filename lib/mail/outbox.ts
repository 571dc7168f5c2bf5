import type { Tx } from "@/lib/db";

/** A message as services write it; the worker sends it after the commit. */
export type MailMessage = { kind: string; to: string; subject: string; text: string };

const MAX_SUBJECT_LENGTH = 200;

/**
 * Queues `message` inside the caller's transaction, so it is sent if and only
 * if the change it tells about commits. Call `wakeMailWorker()` after the commit.
 */
export async function queueMail(tx: Tx, message: MailMessage): Promise<void> {
  await tx.emailOutbox.create({
    data: { kind: message.kind, recipient: message.to, subject: message.subject.slice(0, MAX_SUBJECT_LENGTH), body: message.text },
    select: { id: true },
  });
}

type Waker = () => void;
// On globalThis: Next.js bundles instrumentation.ts (which starts the worker) apart from the
// routes and actions that queue mail, so each bundle may hold its own copy of this module.
const WAKERS_KEY = Symbol.for("commons.mailWakers");
const holder = globalThis as { [WAKERS_KEY]?: Set<Waker> };
const wakers = (holder[WAKERS_KEY] ??= new Set<Waker>());

/** Lets the running worker (if any) send what was just committed without waiting for its next poll. */
export function wakeMailWorker(): void {
  for (const wake of wakers) wake();
}

/** Used by the worker: `wake` runs on every wakeMailWorker() until the returned function is called. */
export function onMailQueued(wake: Waker): () => void {
  wakers.add(wake);
  return () => wakers.delete(wake);
}
