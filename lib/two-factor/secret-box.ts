import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

// TOTP secrets are stored encrypted (AES-256-GCM): a copy of the database, a
// backup or a replica's disk alone does not let anyone make codes. The key is
// derived from TWO_FACTOR_ENCRYPTION_KEY when set, else from NEXTAUTH_SECRET
// (SECURITY.md: "Two-factor login"). The user's id is the associated data, so a
// ciphertext copied onto another account's row does not decrypt.

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

let derived: { from: string; key: Buffer } | undefined;

function encryptionKey(): Buffer {
  const from = process.env.TWO_FACTOR_ENCRYPTION_KEY || authSecret();
  if (derived?.from !== from) {
    derived = { from, key: Buffer.from(hkdfSync("sha256", from, "", "Commons two-factor secrets v1", 32)) };
  }
  return derived.key;
}

/** `secret` encrypted for `userId`'s row: "v1:" then base64 of IV, tag and ciphertext. */
export function sealSecret(secret: Uint8Array, userId: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  cipher.setAAD(Buffer.from(userId));
  const ciphertext = Buffer.concat([cipher.update(secret), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64")}`;
}

/** The secret sealed for `userId`; null if it was sealed with another key, for another user, or altered. */
export function openSecret(sealed: string, userId: string): Buffer | null {
  const [version, payload] = sealed.split(":");
  if (version !== VERSION || !payload) return null;
  const bytes = Buffer.from(payload, "base64");
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}
