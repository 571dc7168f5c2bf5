import { createHash, randomInt } from "node:crypto";
import { RECOVERY_CODE_ALPHABET, RECOVERY_CODE_LENGTH, normalizedRecoveryCode } from "./recovery-code-format";

// Recovery codes: 10 per account, each 10 characters from an alphabet without
// look-alikes (no 0/o, 1/l/i), shown as "xxxxx-xxxxx". 49 bits each are far
// beyond guessing under the code throttle, so a fast hash (SHA-256) is enough
// to keep the stored rows useless to whoever reads them.

export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const characters = Array.from({ length: RECOVERY_CODE_LENGTH }, () => RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)]).join("");
    return `${characters.slice(0, 5)}-${characters.slice(5)}`;
  });
}

export function recoveryCodeHash(typed: string): string {
  return createHash("sha256").update(normalizedRecoveryCode(typed)).digest("hex");
}
