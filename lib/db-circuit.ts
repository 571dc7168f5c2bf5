import { db } from "@/lib/db";

/** How often, while the database is known to be down, one request checks whether it is back. */
export const PROBE_INTERVAL_MS = 1_000;

type Circuit = { downSince: number | null; lastProbe: number };

// One per server process, shared by the request-error hook, the actions and the pages.
const globalForCircuit = globalThis as unknown as { databaseCircuit?: Circuit };
const circuit: Circuit = (globalForCircuit.databaseCircuit ??= { downSince: null, lastProbe: 0 });

/** An operation found the database unreachable: pages say so until a probe succeeds. */
export function noteDatabaseUnavailable(): void {
  circuit.downSince ??= Date.now();
}

/** A query succeeded. */
export function noteDatabaseReachable(): void {
  circuit.downSince = null;
}

/**
 * Whether pages should render normally. Free while nothing has failed; during
 * an outage, at most one request per PROBE_INTERVAL_MS asks the database and
 * every other one is told at once that it is still down. Pages then render
 * the "temporarily unavailable" notice on the server instead of failing one
 * query at a time, which works without JavaScript too.
 */
export async function databaseReachable(): Promise<boolean> {
  if (circuit.downSince === null) return true;
  const now = Date.now();
  if (now - circuit.lastProbe < PROBE_INTERVAL_MS) return false;
  circuit.lastProbe = now;
  try {
    await db.$queryRaw`SELECT 1`;
    noteDatabaseReachable();
    return true;
  } catch {
    return false;
  }
}
