import nextEnv from "@next/env";

/**
 * The .env files `next start` reads (.env.production.local, .env.local, .env.production, .env),
 * for `npm start` and the operator's scripts run beside it: an operator runs `db:backup` or
 * `user:admin` without NODE_ENV set, and they must reach the database the server uses.
 */
export function readProductionEnvFiles(): void {
  nextEnv.loadEnvConfig(process.cwd(), false);
}
