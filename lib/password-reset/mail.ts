import type { MailMessage } from "@/lib/mail/outbox";
import { siteUrl } from "@/lib/mail/site-url";

export function resetLinkMail(to: string, username: string, token: string): MailMessage {
  return {
    kind: "password-reset",
    to,
    subject: "Choose a new Commons password",
    text: [
      `Someone, hopefully you, asked to reset the password of @${username} on Commons.`,
      "",
      "Choose a new password here (the link works once, within one hour):",
      siteUrl(`/reset-password?token=${token}`),
      "",
      "If it was not you, ignore this email: your password stays as it is.",
    ].join("\n"),
  };
}

/**
 * Tells the owner their password changed, and where that logged them out: every device after a
 * reset link, every other device after a change in settings, where the browser that made it stays.
 */
export function passwordChangedMail(to: string, username: string, loggedOut: "every device" | "every other device"): MailMessage {
  return {
    kind: "password-changed",
    to,
    subject: "Your Commons password was changed",
    text: [
      `The password of @${username} on Commons was just changed, and ${loggedOut} was logged out.`,
      "",
      "If it was not you, choose a new password at once:",
      siteUrl("/forgot-password"),
    ].join("\n"),
  };
}
