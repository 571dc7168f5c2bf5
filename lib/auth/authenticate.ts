import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";
import { checkLimit, limits, recordEvents, throttledMessage } from "./throttle";

export type AuthenticationResult =
  | { ok: true; user: { id: string; sessionVersion: number } }
  | { ok: false; message: string };

/** One message for every wrong credential, so the form does not reveal which accounts exist. */
export const INVALID_CREDENTIALS = "Wrong username, email or password.";

// Verifying against a real hash when the account does not exist makes an
// unknown user cost the same time as a wrong password.
let decoyHash: Promise<string> | undefined;

/** A throttling key the database can store: PostgreSQL text holds no NUL, and keys are bounded. */
function storableKey(value: string): string {
  return value.replaceAll("\u0000", "\uFFFD").slice(0, 254);
}

/**
 * Checks a login: throttling first (a throttled attempt never reaches the
 * password check), then the password. Shared by the login form's server action
 * and next-auth's Credentials provider.
 */
export async function authenticate(identifier: string, password: string, ip: string): Promise<AuthenticationResult> {
  const normalized = identifier.trim().toLowerCase();
  const storable = storableKey(normalized);
  // No username or email holds a NUL or more than 254 characters: such an identifier names no account.
  const user =
    storable === normalized
      ? await db.user.findFirst({
          where: normalized.includes("@") ? { email: normalized } : { username: normalized },
          select: { id: true, sessionVersion: true, passwordHash: true },
        })
      : null;
  // Keyed by account id when there is one, so switching between username and email gains nothing.
  const accountKey = user ? `user:${user.id}` : `name:${storable}`;
  const ipKey = storableKey(ip);

  const throttled =
    (await checkLimit(limits.loginPerAccount, accountKey)) ?? (await checkLimit(limits.loginPerIp, ipKey));
  if (throttled) return { ok: false, message: throttledMessage(throttled) };

  decoyHash ??= hashPassword("decoy password that matches nothing");
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !valid) {
    await recordEvents([
      [limits.loginPerAccount, accountKey],
      [limits.loginPerIp, ipKey],
    ]);
    return { ok: false, message: INVALID_CREDENTIALS };
  }
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}
