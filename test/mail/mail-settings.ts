import { vi } from "vitest";

/** A production server, in the environment a test runs in (undone by `vi.unstubAllEnvs()`). */
export function stubProduction(): void {
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("NEXTAUTH_SECRET", "a production secret of forty characters!");
}

/** A production server as DEPLOY.md describes it before SMTP is set: its mail stays in the outbox. */
export function stubProductionWithoutMail(): void {
  stubProduction();
  vi.stubEnv("COMMONS_DEV_MAILBOX", "");
  vi.stubEnv("SMTP_URL", "");
  vi.stubEnv("MAIL_FROM", "");
}

/** A production server that sends its mail over SMTP. */
export function stubProductionWithSmtp(): void {
  stubProduction();
  vi.stubEnv("SMTP_URL", "smtp://mail.example:587");
  vi.stubEnv("MAIL_FROM", "Commons <no-reply@example.org>");
}
