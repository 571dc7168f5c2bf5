import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Cursor } from "@/lib/pagination/cursor";

/**
 * SQL: `first`, and `then` only for the rows `first` keeps. PostgreSQL orders
 * the conditions of a WHERE by their estimated cost, and a probe of a table
 * its statistics call empty costs nothing: the feeds' walks then probed blocks
 * and mutes for each of 729 walked posts, not for the 21 by followed accounts
 * (6 ms instead of 0.1 ms once the table had held rows). A CASE is evaluated
 * in the order it is written.
 */
export function andThenSql(first: Prisma.Sql, then: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${first} THEN ${then} ELSE FALSE END`;
}

/**
 * SQL: `cursor`'s place, `(time, id)`, as a row of uncorrelated subqueries (see opaqueTextSql)
 * for comparing with a row of columns. An index still seeks to it, but no plan is made for
 * its values: bound plainly, a deep cursor of a reader who follows quiet accounts made the
 * plans for its values look cheaper than the generic one, and a connection whose first runs
 * of a feed's deep page were such a reader's planned that page afresh every time (17 ms
 * instead of 4 ms at the small scale; BENCHMARKS.md, "session 22").
 */
export function cursorPlaceSql(cursor: Cursor): Prisma.Sql {
  return Prisma.sql`((SELECT ${cursor.createdAt}::timestamptz), ${opaqueTextSql(cursor.id)})`;
}

/**
 * SQL (`AND …`, or nothing on a first page): the row's (`time`, `id`) columns come after `cursor`
 * in newest-first order, the SQL form of `olderThan` (lib/pagination/cursor.ts). As a row
 * comparison, an index on (time DESC, id DESC) seeks straight to it.
 */
export function olderThanSql(cursor: Cursor | null, time: string, id: string): Prisma.Sql {
  return cursor ? Prisma.sql`AND (${Prisma.raw(time)}, ${Prisma.raw(id)}) < ${cursorPlaceSql(cursor)}` : Prisma.empty;
}

/**
 * SQL: a row count the code chose (a page size, a window; never user input),
 * written into the statement instead of bound. A generic plan knows no bound
 * value and reckons a `LIMIT $1` at a tenth of the rows (PostgreSQL's default),
 * which makes it look dearer than the plans made for the given values, and a
 * connection would not keep it (keptPlanSql).
 */
export function rowCountSql(count: number): Prisma.Sql {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`Not a row count: ${count}`);
  return Prisma.raw(String(count));
}

/**
 * SQL: `value` as an uncorrelated subquery, which PostgreSQL computes once per
 * run (an InitPlan) and cannot see into while planning. The home feed's kept
 * statement takes its viewer this way, in every place it names them: a plan
 * made for one viewer's values then costs exactly what the generic plan
 * costs, and each connection keeps the generic plan for every viewer. Bound
 * as a plain value, the viewer's own statistics (how many accounts they
 * follow; that they block or mute no one) made some viewers' plans look
 * cheaper than the generic one, and their pages were planned afresh every
 * time (BENCHMARKS.md, "kept plans").
 */
export function opaqueTextSql(value: string): Prisma.Sql {
  return Prisma.sql`(SELECT ${value}::text)`;
}

/** The comment that opens a statement whose plan a connection may keep (`keptPlanSql`). */
const KEPT_PLAN_MARK = "/* kept plan */";

/**
 * A statement sent as a named prepared statement (lib/db.ts), so that each
 * connection may keep its plan. The home feed's statement has dozens of
 * subqueries and took PostgreSQL 3–8 ms to plan at a million posts (BENCHMARKS.md,
 * "kept plans"): about as long as it takes to run. After a connection has run a prepared statement five
 * times, PostgreSQL weighs its generic plan against the plans it made for the
 * given values and keeps the generic one when it is no dearer (`plan_cache_mode
 * = auto`); planning then costs 0.1–0.25 ms. Only statements of a few shapes may
 * be marked: each shape stays prepared on every connection that ran it.
 */
export function keptPlanSql(statement: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(KEPT_PLAN_MARK)}${statement}`;
}

/**
 * The names already given, by text: hashing the home feed's 14 KB text took 18 µs of CPU on
 * every page, looking it up 2 µs (BENCHMARKS.md, "session 17"). Marked statements come in a
 * few dozen shapes, so the map stays small; the bound only keeps a mistake from growing it
 * without end.
 */
const statementNames = new Map<string, string>();
const MAX_STATEMENT_NAMES = 1_000;

/** The prepared statement's name for `sql`: one per text for a `keptPlanSql` statement, else "" (unnamed, planned each time). */
export function keptPlanStatementName(sql: string): string {
  if (!sql.startsWith(KEPT_PLAN_MARK)) return "";
  let name = statementNames.get(sql);
  if (name === undefined) {
    if (statementNames.size >= MAX_STATEMENT_NAMES) statementNames.clear();
    name = `kept_${createHash("sha256").update(sql).digest("base64url").slice(0, 40)}`;
    statementNames.set(sql, name);
  }
  return name;
}
