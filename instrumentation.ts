/**
 * Runs once when the server starts. A production server without its own
 * session secret would sign sessions with a published development key, so it
 * refuses to start instead.
 */
export function register() {
  if (process.env.NODE_ENV === "production" && process.env.NEXT_RUNTIME === "nodejs" && !process.env.NEXTAUTH_SECRET) {
    console.error("NEXTAUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and restart.");
    process.exit(1);
  }
}
