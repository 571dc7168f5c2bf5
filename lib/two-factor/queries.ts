import { db } from "@/lib/db";
import { openSecret } from "./secret-box";
import { base32Encode, otpauthUri } from "./totp";

export type TwoFactorSettings =
  | { state: "off" }
  /** Set-up started: the secret is shown (as a QR code of `otpauthUri` and as text) until a code confirms it. */
  | { state: "pending"; secretText: string; otpauthUri: string }
  | { state: "on"; enabledAt: Date; recoveryCodesLeft: number };

/** The secret in groups of four, as people copy it into an app by hand. */
function grouped(base32: string): string {
  return base32.match(/.{1,4}/g)?.join(" ") ?? base32;
}

/** What the two-factor settings page shows its owner. The secret is decrypted only while set-up is open. */
export async function getTwoFactorSettings(user: { id: string; username: string }): Promise<TwoFactorSettings> {
  const row = await db.twoFactor.findUnique({ where: { userId: user.id }, select: { enabledAt: true, secretSealed: true } });
  if (row?.enabledAt) {
    return { state: "on", enabledAt: row.enabledAt, recoveryCodesLeft: await db.recoveryCode.count({ where: { userId: user.id } }) };
  }
  const secret = row && openSecret(row.secretSealed, user.id);
  if (!secret) return { state: "off" };
  return { state: "pending", secretText: grouped(base32Encode(secret)), otpauthUri: otpauthUri(secret, user.username) };
}

/** Whether logging in as `userId` needs a code. */
export async function hasTwoFactor(userId: string): Promise<boolean> {
  return (await db.twoFactor.count({ where: { userId, enabledAt: { not: null } } })) === 1;
}
