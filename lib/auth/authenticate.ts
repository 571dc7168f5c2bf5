import { db } from "@/lib/db";
import { type Refusal, refusal } from "@/lib/services/refusal";
import { requestLogger } from "@/lib/logging/request-logger";
import { suspendedLogInMessage } from "@/lib/moderation/appeal";
import { credentialsStamp } from "@/lib/two-factor/pending-login";
import { hashPassword, verifyPassword } from "./password";
import { checkPassword, storableKey } from "./throttle";

export type AuthenticationResult =
  | { ok: true; user: { id: string }; needsCode: false }
  /**
   * The password was right, and two-factor login is on: no session until a code is checked too.
   * `credentials` stamps the password and two-factor this check passed with, so that the proof
   * waiting for the code ends if either changes meanwhile (lib/two-factor/pending-login.ts).
   */
  | { ok: true; user: { id: string; username: string }; needsCode: true; credentials: string }
  /** A wrong username, email or password names the password box, which is emptied and where the person types again. */
  | Refusal;

/** One message for every wrong credential, so the form does not reveal which accounts exist. */
export const INVALID_CREDENTIALS = "Wrong username, email or password.";


/**
 * The username or email an identifier names, as stored: lower-cased, and a username without the
 * "@" profiles show before it, which people coming from other networks type with their handle.
 */
function accountKey(identifier: string): string {
  const normalized = identifier.trim().toLowerCase();
  return /^@[^@]+$/.test(normalized) ? normalized.slice(1) : normalized;
}

// Verifying against a real hash when the account does not exist makes an
// unknown user cost the same time as a wrong password.
let decoyHash: Promise<string> | undefined;

/**
 * Checks a login: throttling first (a throttled attempt never reaches the
 * password check), then the password, then whether the account is suspended,
 * and says whether a two-factor code must follow (lib/two-factor/log-in.ts).
 * Shared by the login form's server action and next-auth's Credentials provider.
 */
export async function authenticate(identifier: string, password: string, ip: string): Promise<AuthenticationResult> {
  const normalized = accountKey(identifier);
  const storable = storableKey(normalized);
  // No username or email holds a NUL or more than 254 characters: such an identifier names no account.
  const user =
    storable === normalized
      ? await db.user.findFirst({
          where: normalized.includes("@") ? { email: normalized } : { username: normalized },
          select: { id: true, username: true, passwordHash: true, suspendedAt: true, twoFactor: { select: { enabledAt: true } } },
        })
      : null;

  decoyHash ??= hashPassword("decoy password that matches nothing");
  const decoy = await decoyHash;
  // Keyed by the identifier as typed, known or not: a key per account would
  // tell a stranger that a username and an email belong together.
  const check = await checkPassword(`login:${storable}`, ip, async () => {
    const valid = await verifyPassword(user?.passwordHash ?? decoy, password);
    return valid && user !== null;
  });
  const log = await requestLogger();
  const userId = user?.id ?? "unknown";
  if (check.outcome === "throttled") {
    log.warn({ event: "log-in", outcome: "throttled", userId }, "Log-in refused: too many attempts");
    return refusal(check.message);
  }
  if (check.outcome === "wrong" || !user) {
    log.info({ event: "log-in", outcome: "failure", userId }, "Log-in failed");
    return refusal(INVALID_CREDENTIALS, "password");
  }
  if (user.suspendedAt) {
    log.info({ event: "log-in", outcome: "suspended", userId }, "Log-in refused: account suspended");
    // Told only to someone who typed the right password, so it reveals nothing about other accounts.
    return refusal(suspendedLogInMessage(user.suspendedAt));
  }
  const twoFactorEnabledAt = user.twoFactor?.enabledAt ?? null;
  if (!twoFactorEnabledAt) {
    log.info({ event: "log-in", outcome: "success", userId }, "Logged in");
    return { ok: true, user: { id: user.id }, needsCode: false };
  }
  log.info({ event: "log-in", outcome: "code-needed", userId }, "Password right; waiting for the two-factor code");
  return { ok: true, user: { id: user.id, username: user.username }, needsCode: true, credentials: credentialsStamp({ passwordHash: user.passwordHash, twoFactorEnabledAt }) };
}
