import { devMailboxEnabled } from "@/lib/mail/mailbox";

type Env = Record<string, string | undefined>;

/** The shortest session secret worth its name: `openssl rand -base64 32` makes 44 characters. */
export const SHORTEST_SECRET = 32;

/** Production settings that work but are likely not what an operator meant, said in the log at start. */
export function environmentWarnings(env: Env = process.env): string[] {
  const warnings: string[] = [];
  if (!env.NEXTAUTH_URL) warnings.push("NEXTAUTH_URL is not set: links in mail (password resets, address checks) lead to localhost.");
  if (env.NEXTAUTH_SECRET && env.NEXTAUTH_SECRET.length < SHORTEST_SECRET) {
    warnings.push(`NEXTAUTH_SECRET is shorter than ${SHORTEST_SECRET} characters: anyone who guesses it can sign in as anyone. Generate one with \`openssl rand -base64 32\`.`);
  }
  if (devMailboxEnabled(env)) warnings.push("COMMONS_DEV_MAILBOX is on: /dev/mailbox shows every mail, password-reset links included, to anyone who reaches the site. It is for tests only.");
  return warnings;
}
