import { logger } from "@/lib/logging/logger";
import { devMailboxEnabled, smtpConfigured } from "./mailbox";

/** A message the worker claimed from the outbox. */
export type OutgoingMail = { id: bigint; kind: string; recipient: string; subject: string; body: string };

/**
 * How the worker delivers: `send` resolves once the message is accepted, and
 * throws when it must be tried again. `keepsBody` says whether the outbox row
 * keeps the text afterwards (only the development mailbox shows it).
 */
export type MailTransport = { name: string; keepsBody: boolean; send: (mail: OutgoingMail) => Promise<void> };

const SECOND = 1_000;

/** nodemailer over SMTP (`SMTP_URL`, e.g. smtp://user:pass@host:587), from `MAIL_FROM`. */
export async function smtpTransport(url: string, from: string): Promise<MailTransport> {
  const { createTransport } = await import("nodemailer");
  // Bounded waits: a stalled server fails the attempt, which is retried later, rather than holding the worker.
  const transporter = createTransport(url, { connectionTimeout: 10 * SECOND, greetingTimeout: 10 * SECOND, socketTimeout: 20 * SECOND });
  return {
    name: "smtp",
    keepsBody: false,
    async send(mail) {
      await transporter.sendMail({ from, to: mail.recipient, subject: mail.subject, text: mail.body });
    },
  };
}

/** Development: the outbox row is the message, read on /dev/mailbox; the log says where, never what. */
export const developmentTransport: MailTransport = {
  name: "development mailbox",
  keepsBody: true,
  async send(mail) {
    logger.info({ event: "mail-stored", kind: mail.kind, mailId: mail.id.toString() }, "Mail kept for the development mailbox at /dev/mailbox");
  },
};

/** The transport the environment asks for, or null when mail must stay queued (production without SMTP). */
export async function configuredTransport(env: Record<string, string | undefined> = process.env): Promise<MailTransport | null> {
  if (smtpConfigured(env)) return smtpTransport(env.SMTP_URL ?? "", env.MAIL_FROM ?? "");
  return devMailboxEnabled(env) ? developmentTransport : null;
}
