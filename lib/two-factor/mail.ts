import type { MailMessage } from "@/lib/mail/outbox";
import { siteUrl } from "@/lib/mail/site-url";

export function twoFactorEnabledMail(to: string, username: string): MailMessage {
  return {
    kind: "two-factor-enabled",
    to,
    subject: "Two-factor login is on for your Commons account",
    text: [
      `Two-factor login was just turned on for @${username} on Commons: from now on, logging in asks for a code from your authenticator app.`,
      "Every other device was logged out.",
      "",
      "If it was not you, reset your password at once and write to the site's admins:",
      siteUrl("/forgot-password"),
    ].join("\n"),
  };
}

export function recoveryCodesRenewedMail(to: string, username: string): MailMessage {
  return {
    kind: "recovery-codes-renewed",
    to,
    subject: "New recovery codes for your Commons account",
    text: [
      `New two-factor recovery codes were just made for @${username} on Commons: the old ones no longer work.`,
      "",
      "If it was not you, reset your password at once and write to the site's admins:",
      siteUrl("/forgot-password"),
    ].join("\n"),
  };
}

export function twoFactorDisabledMail(to: string, username: string): MailMessage {
  return {
    kind: "two-factor-disabled",
    to,
    subject: "Two-factor login is off for your Commons account",
    text: [
      `Two-factor login was just turned off for @${username} on Commons: logging in needs only the password now.`,
      "Every other device was logged out.",
      "",
      "If it was not you, reset your password at once:",
      siteUrl("/forgot-password"),
    ].join("\n"),
  };
}
