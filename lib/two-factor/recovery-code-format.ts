// What a recovery code looks like, apart from making and hashing them
// (recovery-codes.ts, node:crypto), so forms in the browser can use it too.

export const RECOVERY_CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
export const RECOVERY_CODE_LENGTH = 10;

/** A recovery code as typed, in the one form that is hashed: lower case, no dashes or spaces. */
export function normalizedRecoveryCode(typed: string): string {
  return typed.replace(/[\s-]/g, "").toLowerCase();
}

/** Whether `normalized` has the shape of a recovery code (anything else is not looked up). */
export function looksLikeRecoveryCode(normalized: string): boolean {
  return normalized.length === RECOVERY_CODE_LENGTH && [...normalized].every((character) => RECOVERY_CODE_ALPHABET.includes(character));
}

/** The codes as a text file, for the download link beside them. */
export function recoveryCodesFile(codes: readonly string[], username: string): string {
  return [
    `Commons recovery codes for @${username}`,
    "Each code logs you in once, in place of a code from your authenticator app.",
    "Keep them somewhere safe, apart from your phone.",
    "",
    ...codes,
    "",
  ].join("\n");
}
