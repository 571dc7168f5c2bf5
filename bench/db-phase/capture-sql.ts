import { onStatement } from "@/lib/db";

export type CapturedQuery = { sql: string; params: unknown[] };

let recording: CapturedQuery[] | null = null;
let listening = false;

/**
 * The SQL statements the app sends while `work` runs, with their parameters
 * (lib/db.ts, onStatement).
 */
export async function captureQueries(work: () => Promise<unknown>): Promise<CapturedQuery[]> {
  if (!listening) {
    onStatement((event) => recording?.push({ sql: event.query, params: event.params }));
    listening = true;
  }
  const captured: CapturedQuery[] = [];
  recording = captured;
  try {
    await work();
  } finally {
    recording = null;
  }
  return captured;
}

/** How many statements `work` sends. */
export async function countQueries(work: () => Promise<unknown>): Promise<number> {
  return (await captureQueries(work)).length;
}
