import { z } from "zod";

/**
 * The rows of a hand-written query, checked against `row`. `$queryRaw` answers
 * `unknown`: a type argument on it would be an assertion the compiler cannot
 * check, so a renamed column or a count that comes back as a bigint would
 * reach the page unnoticed. Parsing fails loudly at the query instead.
 */
export function parseRows<T>(row: z.ZodType<T>, rows: unknown): T[] {
  return anyRows.parse(rows).map((item) => row.parse(item));
}

// Built once: a zod schema costs more to build than a page of rows costs to parse (issue 11's
// CPU profiles), and `z.array(row)` on each call built one per statement.
const anyRows = z.array(z.unknown());
