const DEVELOPMENT_SECRET = "commons-development-secret-not-for-production";

/** What a production server without its secret says before refusing to start. */
export const MISSING_SECRET_MESSAGE = "NEXTAUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and restart.";

/**
 * The key that signs and encrypts session tokens. Production must set its own:
 * a known key would let anyone forge a session.
 */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production") {
    throw new Error("NEXTAUTH_SECRET must be set in production (generate one with `openssl rand -base64 32`).");
  }
  return DEVELOPMENT_SECRET;
}
