import type { MailMessage } from "@/lib/mail/outbox";
import { siteUrl } from "@/lib/mail/site-url";

export function verificationMail(to: string, username: string, token: string): MailMessage {
  return {
    kind: "verify-email",
    to,
    subject: "Confirm your email address for Commons",
    text: [
      `Confirm that this address belongs to @${username} on Commons (the link works once, within two days):`,
      siteUrl(`/verify-email?token=${token}`),
      "",
      "If you did not ask for this, ignore this email: nothing changes.",
    ].join("\n"),
  };
}

/** "a***@example.com": enough for the owner to recognise, little for anyone else reading the old inbox. */
export function maskedAddress(address: string): string {
  const at = address.lastIndexOf("@");
  return `${address.slice(0, Math.min(1, at))}***${address.slice(at)}`;
}

/** To the address in use, when a change away from it is asked for: the owner can still stop it. */
export function addressChangeRequestedMail(to: string, username: string, newAddress: string): MailMessage {
  return {
    kind: "email-change-requested",
    to,
    subject: "A change of your Commons email address was asked for",
    text: [
      `Someone signed in as @${username} on Commons asked to change its email address to ${maskedAddress(newAddress)}.`,
      "It changes only once the link mailed there is opened; until then, mail still comes here.",
      "",
      "If it was not you, change your password now: that cancels the change and logs out every device.",
    ].join("\n"),
  };
}

export function addressChangedMail(to: string, username: string, newAddress: string): MailMessage {
  return {
    kind: "email-changed",
    to,
    subject: "Your Commons email address was changed",
    text: [
      `The email address of @${username} on Commons is now ${maskedAddress(newAddress)}; mail no longer comes here.`,
      "",
      "If it was not you, write to the site's administrators at once.",
    ].join("\n"),
  };
}
