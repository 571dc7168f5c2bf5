import { z } from "zod";

/**
 * The rows of a hand-written query, checked against `row`. `$queryRaw` answers
 * `unknown`: a type argument on it would be an assertion the compiler cannot
 * check, so a renamed column or a count that comes back as a bigint would
 * reach the page unnoticed. Parsing fails loudly at the query instead.
 */
export function parseRows<T>(row: z.ZodType<T>, rows: unknown): T[] {
  return z.array(row).parse(rows);
}
