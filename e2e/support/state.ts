import { readFileSync } from "node:fs";
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/** Written by scripts/e2e-server.ts once the server's database is ready. */
export const E2E_STATE_FILE = path.resolve(".data/e2e/state.json");

/** `twoFactorKey`: the server's TWO_FACTOR_ENCRYPTION_KEY, so factories seal two-factor secrets it can open. */
export type E2eState = { databaseUrl: string; uploadDir: string; twoFactorKey: string };

export function readE2eState(): E2eState {
  return JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as E2eState;
}
