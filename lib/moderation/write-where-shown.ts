import type { SqlClient } from "@/lib/db";
import { isBlockedPairRefusal, isForeignKeyViolation } from "@/lib/db-errors";
import { parseRows } from "@/lib/db-rows";
import type { Prisma } from "@/lib/generated/prisma/client";
import { shownRow } from "./visibility";

/**
 * Runs `write` against the rows of `target` (a query naming the one row to act
 * on, filtered by the visibility rule) in one statement, and answers whether
 * the target can be seen. So checking and writing cannot race, and a target
 * that is gone, hidden, or deleted while the statement ran gets the same
 * answer: not shown, nothing written. `write` reads the target as `target`.
 * Runs on `client`: the process's client, or the transaction of the service that writes.
 */
export async function writeWhereShown(client: SqlClient, target: Prisma.Sql, write: Prisma.Sql): Promise<boolean> {
  try {
    const rows = await client.$queryRaw`
      WITH target AS (${target}), written AS (${write})
      SELECT EXISTS (SELECT 1 FROM target) AS shown`;
    return parseRows(shownRow, rows)[0]?.shown === true;
  } catch (error) {
    // The target was deleted between being found and being written to, or a block between the
    // two accounts landed meanwhile (lib/safety): either way it is no longer shown to the writer.
    if (isForeignKeyViolation(error) || isBlockedPairRefusal(error)) return false;
    throw error;
  }
}
