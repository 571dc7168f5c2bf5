import { z } from "zod";
import { type Tx, db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";

const countRow = z.object({ count: z.number() });

/**
 * Runs `write` in a transaction that stays open until `other` (started once `write` is done)
 * waits for it, or finishes without waiting; then commits, and answers whether `other` waited
 * and what it answered. A transaction's rows are invisible to the other until it commits: only
 * a lock orders the two. For races between a block and what it takes away (lib/safety).
 */
export async function whileOpen<Answer>(write: (tx: Tx) => Promise<void>, other: () => Promise<Answer>): Promise<{ waited: boolean; answer: Answer }> {
  let waited = false;
  let running: Promise<Answer> | undefined;
  await db.$transaction(async (tx) => {
    await write(tx);
    const [me] = parseRows(countRow, await tx.$queryRaw`SELECT pg_backend_pid() AS count`);
    let settled = false;
    running = other();
    running.then(() => (settled = true), () => (settled = true));
    while (!settled && !waited) {
      const [waiting] = parseRows(countRow, await db.$queryRaw`
        SELECT count(*)::INTEGER AS count FROM pg_stat_activity WHERE ${me?.count}::INTEGER = ANY(pg_blocking_pids(pid))`);
      waited = (waiting?.count ?? 0) > 0;
    }
  });
  if (!running) throw new Error("The transaction ended before it started the other write");
  return { waited, answer: await running };
}
