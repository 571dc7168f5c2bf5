import { db } from "@/lib/db";

type Env = Record<string, string | undefined>;

/** Mail goes out over SMTP only when both are set. */
export function smtpConfigured(env: Env = process.env): boolean {
  return Boolean(env.SMTP_URL && env.MAIL_FROM);
}

/**
 * Whether mail is kept for the development mailbox (/dev/mailbox) instead of
 * being sent. Never with SMTP configured and never on a site served over
 * HTTPS; in a production build only when asked for with
 * COMMONS_DEV_MAILBOX=on (the e2e server does, to read its links). A
 * production server without either keeps its mail queued until SMTP is set.
 */
export function devMailboxEnabled(env: Env = process.env): boolean {
  if (smtpConfigured(env) || (env.NEXTAUTH_URL ?? "").startsWith("https://")) return false;
  return env.NODE_ENV !== "production" || env.COMMONS_DEV_MAILBOX === "on";
}

/** Whether mail queued now reaches anyone: over SMTP, or in the development mailbox. */
export function mailGoesOut(env: Env = process.env): boolean {
  return smtpConfigured(env) || devMailboxEnabled(env);
}

/** Said where a page would say "we mailed you a link" while mail cannot go out (mailGoesOut is false). */
export const MAIL_NOT_SENT = "This site cannot send email yet, so no link was sent. Ask the people who run it for help.";

/** What the forgot-password page says in place of its form while mail cannot go out: nothing was asked for yet. */
export const RESET_NEEDS_MAIL = "A new password is chosen through a link sent by email, and this site cannot send email yet. Ask the people who run it for help.";

export const MAILBOX_PAGE_SIZE = 50;

/** The newest messages of the development mailbox, to one address or to all. */
export function listMailbox(recipient?: string) {
  return db.emailOutbox.findMany({
    where: recipient ? { recipient } : {},
    orderBy: { id: "desc" },
    take: MAILBOX_PAGE_SIZE,
    select: { id: true, kind: true, recipient: true, subject: true, body: true, createdAt: true, sentAt: true, attempts: true },
  });
}
