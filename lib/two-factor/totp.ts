import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP) as authenticator
// apps make them by default: HMAC-SHA-1, 6 digits, 30-second steps from the Unix
// epoch. Written here on node:crypto: the whole algorithm is these few lines.

export const TOTP_DIGITS = 6;
export const TOTP_STEP_SECONDS = 30;
/** Codes of the steps just before and after the current one are accepted too: clocks drift. */
export const TOTP_DRIFT_STEPS = 1;
/** 160 bits, the size of an HMAC-SHA-1 key (RFC 4226 section 4 recommends it). */
const SECRET_BYTES = 20;

const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 without padding: how authenticator apps take a secret. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let output = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  return output;
}

/** The bytes of a base32 text (case, spaces and padding ignored); null for anything else. */
export function base32Decode(text: string): Buffer | null {
  const clean = text.replace(/[\s=]/g, "").toUpperCase();
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const character of clean) {
    const index = BASE32_ALPHABET.indexOf(character);
    if (index === -1) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

export function newTotpSecret(): Buffer {
  return randomBytes(SECRET_BYTES);
}

/** RFC 4226 HOTP: the `digits`-digit code for `counter`, using `hash` (SHA-1 for apps; RFC 6238's vectors also use SHA-256/512). */
export function hotp(secret: Uint8Array, counter: number, digits = TOTP_DIGITS, hash: "sha1" | "sha256" | "sha512" = "sha1"): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(hash, secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** The time step `at` falls in. */
export function timeStep(at: Date | number = Date.now()): number {
  return Math.floor((typeof at === "number" ? at : at.getTime()) / 1000 / TOTP_STEP_SECONDS);
}

/** The code an authenticator app shows at `at`. */
export function totpCode(secret: Uint8Array, at: Date | number = Date.now()): string {
  return hotp(secret, timeStep(at));
}

/**
 * The step whose code `code` is, among the current one and TOTP_DRIFT_STEPS on
 * either side; null when it is none of them. Every candidate is compared, in
 * constant time, so the answer's timing says nothing about which one matched.
 */
export function matchingStep(secret: Uint8Array, code: string, at: Date | number = Date.now()): number | null {
  const typed = Buffer.from(code.padEnd(TOTP_DIGITS, "\u0000").slice(0, 16));
  const current = timeStep(at);
  let found: number | null = null;
  for (let step = current - TOTP_DRIFT_STEPS; step <= current + TOTP_DRIFT_STEPS; step++) {
    const expected = Buffer.from(hotp(secret, step));
    const same = typed.length === expected.length && timingSafeEqual(typed, expected);
    if (same && found === null) found = step;
  }
  return found;
}

/** What an authenticator app scans (the Key Uri Format of Google Authenticator, which the others follow). */
export function otpauthUri(secret: Uint8Array, account: string, issuer = "Commons"): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const query = new URLSearchParams({
    secret: base32Encode(secret),
    issuer,
    algorithm: "SHA1",
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${query.toString()}`;
}
