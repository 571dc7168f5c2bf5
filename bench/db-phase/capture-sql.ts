import { db } from "@/lib/db";

export type CapturedQuery = { sql: string; params: unknown[] };

let recording: CapturedQuery[] | null = null;
let listening = false;

/**
 * The SQL statements Prisma sends while `work` runs, with their parameters,
 * taken from the client's query events (enabled in lib/db.ts).
 */
export async function captureQueries(work: () => Promise<unknown>): Promise<CapturedQuery[]> {
  if (!listening) {
    db.$on("query", (event) => {
      recording?.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] });
    });
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
