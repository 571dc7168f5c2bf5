import { z } from "zod";

// How a suspended member asks the moderators to look again: by writing to the address the
// operator gives as MODERATORS_EMAIL (DEPLOY.md), said at login and in the mail the suspension sends.

type Env = Record<string, string | undefined>;

const suspendedOn = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

/** The moderators' address, when the operator set a valid one. */
export function moderatorsAddress(env: Env = process.env): string | null {
  const address = env.MODERATORS_EMAIL?.trim() ?? "";
  return z.email().safeParse(address).success ? address : null;
}

/** The sentence that tells a suspended member how to appeal. */
export function howToAppeal(env: Env = process.env): string {
  const address = moderatorsAddress(env);
  return `If you think this is a mistake, write to ${address ?? "the people who run this site"} to ask the moderators to look at it again.`;
}

/** What logging in to a suspended account says, to someone who typed its right password. */
export function suspendedLogInMessage(suspendedAt: Date, env: Env = process.env): string {
  return `This account was suspended on ${suspendedOn.format(suspendedAt)}. ${howToAppeal(env)}`;
}
