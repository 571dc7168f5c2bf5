import { z } from "zod";
import { recordId } from "@/lib/validation/ids";

/** Position of the last item of a page in a (createdAt DESC, id DESC) ordering. */
export type Cursor = { createdAt: Date; id: string };

export const PAGE_SIZE = 20;

// Every paged row has a cuid: a forged token with other characters (a NUL
// fails the query) is not one of ours. Nor is a date before 1970: PostgreSQL
// refuses some that JavaScript takes (year 0), and no row of ours is that old.
const cursorShape = z.tuple([z.iso.datetime().refine((date) => Date.parse(date) >= 0), recordId()]);

/** An opaque, URL-safe token, so clients cannot depend on its shape. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id])).toString("base64url");
}

/** Returns null for anything that is not a cursor we issued: the caller shows the first page. */
export function decodeCursor(token: string | null | undefined): Cursor | null {
  if (!token || token.length > 200) return null;
  try {
    const parsed = cursorShape.safeParse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
    return parsed.success ? { createdAt: new Date(parsed.data[0]), id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

/**
 * Prisma `where` for the rows after `cursor` in (createdAt DESC, id DESC) order.
 * Keyset pagination: the index seeks straight to the cursor, whatever the depth.
 */
export function olderThan(cursor: Cursor | null) {
  if (!cursor) return {};
  return {
    OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
  };
}

/** Splits a `PAGE_SIZE + 1` result into a page and the cursor of the next one. */
export function toPage<T extends Cursor>(rows: T[]): { items: T[]; nextCursor: string | null } {
  return toPageAt(rows, (row) => row);
}

/** `toPage` for rows ordered by another position than their own `createdAt` (a feed entry's repost time, say). */
export function toPageAt<T>(rows: T[], position: (row: T) => Cursor): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, PAGE_SIZE);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor(position(last)) : null };
}

/** Prisma `where` for the rows after `cursor` in (createdAt ASC, id ASC) order: oldest first. */
export function newerThan(cursor: Cursor | null) {
  if (!cursor) return {};
  return {
    OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }],
  };
}

/** Prisma `where` for the rows up to and including `cursor` in (createdAt ASC, id ASC) order. */
export function notNewerThan(cursor: Cursor) {
  return {
    OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lte: cursor.id } }],
  };
}

/** The `cursor` a page was asked for (`?cursor=`), or null when absent or repeated. */
export function cursorParam(searchParams: Record<string, string | string[] | undefined>): string | null {
  const { cursor } = searchParams;
  return typeof cursor === "string" ? cursor : null;
}
