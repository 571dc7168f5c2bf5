import type { ReportReason } from "@/lib/generated/prisma/enums";
import type { MailMessage } from "@/lib/mail/outbox";
import { siteUrl } from "@/lib/mail/site-url";
import { REPORT_REASONS } from "@/lib/reports/schema";
import { howToAppeal } from "./appeal";

/** Told to the member an admin suspended: what it means, the reports' reasons if any, and how to appeal. */
export function accountSuspendedMail(to: string, username: string, reasons: readonly ReportReason[]): MailMessage {
  return {
    kind: "account-suspended",
    to,
    subject: "Your Commons account is suspended",
    text: [
      `The moderators of Commons suspended your account, @${username}.`,
      ...(reasons.length > 0 ? [`It was reported for: ${reasons.map((reason) => REPORT_REASONS[reason]).join("; ")}.`] : []),
      "You are logged out everywhere and cannot log in, and your profile, posts and comments are hidden from everyone until the suspension is lifted. Nothing is deleted.",
      "",
      howToAppeal(),
    ].join("\n"),
  };
}

/** Told to the member whose suspension an admin lifted. */
export function suspensionLiftedMail(to: string, username: string): MailMessage {
  return {
    kind: "suspension-lifted",
    to,
    subject: "Your Commons account is active again",
    text: [
      `The moderators of Commons lifted the suspension of your account, @${username}: you can log in again, and your profile, posts and comments are shown again.`,
      "",
      siteUrl("/login"),
    ].join("\n"),
  };
}
