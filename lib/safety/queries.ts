import { z } from "zod";
import { db } from "@/lib/db";
import { lagTolerantDb } from "@/lib/db-routing";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Cursor, PAGE_SIZE, decodeCursor, toPage } from "@/lib/pagination/cursor";
import { type PublicUser, publicUserSelect } from "@/lib/profiles/public-user";
import { type SignedInViewer, type Viewer, hiddenByOwnListsSql, mutedWordsHideAnySql } from "./visibility";

/** Where the viewer stands with an account: what its profile's buttons show. */
export type Relationship = { blocking: boolean; blockedBy: boolean; muting: boolean };

/** The columns of relationshipColumnsSql. */
export const relationshipRow = z.object({ blocking: z.boolean(), blockedBy: z.boolean(), muting: z.boolean() }) satisfies z.ZodType<Relationship>;

/**
 * SQL: the columns `blocking`, `"blockedBy"` and `muting` (relationshipRow): where `viewer` stands
 * with the account `userId` (an SQL expression). All false when signed out and on the viewer's own
 * account. They are columns of the profile's statement (lib/profiles/queries.ts): a statement of
 * their own cost every profile page a round trip.
 */
export function relationshipColumnsSql(viewer: Viewer, userId: Prisma.Sql): Prisma.Sql {
  if (viewer === null) return Prisma.sql`FALSE AS blocking, FALSE AS "blockedBy", FALSE AS muting`;
  const other = Prisma.sql`${userId} <> ${viewer}`;
  return Prisma.sql`
    (${other} AND EXISTS (SELECT 1 FROM blocks WHERE blocker_id = ${viewer} AND blocked_id = ${userId})) AS blocking,
    (${other} AND EXISTS (SELECT 1 FROM blocks WHERE blocker_id = ${userId} AND blocked_id = ${viewer})) AS "blockedBy",
    (${other} AND EXISTS (SELECT 1 FROM mutes WHERE muter_id = ${viewer} AND muted_id = ${userId})) AS muting`;
}

const hiddenRow = z.object({ hidden: z.boolean() });

/**
 * Whether the viewer's hiding rules hide anything on an empty page, to say why it is empty rather
 * than that there is nothing: `statement` selects one boolean column, `hidden`. Signed out, nothing
 * is hidden: no query.
 */
async function hideAny(viewerId: string | null, statement: (viewer: SignedInViewer) => Prisma.Sql): Promise<boolean> {
  if (viewerId === null) return false;
  const rows = parseRows(hiddenRow, await (await lagTolerantDb()).$queryRaw(statement(viewerId)));
  return rows[0]?.hidden === true;
}

/** Whether the viewer's muted words hide any of what `hidden` selects (see `mutedWordsHideAnySql`). */
export function mutedWordsHideAny(viewerId: string | null, hidden: (viewer: SignedInViewer) => Prisma.Sql): Promise<boolean> {
  return hideAny(viewerId, (viewer) => mutedWordsHideAnySql(viewer, hidden(viewer)));
}

/**
 * Whether the viewer blocked or muted the author of any of `rows` ("FROM … WHERE …"), whose author
 * is in `authorColumn` (hiddenByOwnListsSql). One probe, ended by the first such row.
 */
export function ownListsHideAny(viewerId: string | null, rows: Prisma.Sql, authorColumn: string): Promise<boolean> {
  return hideAny(viewerId, (viewer) => Prisma.sql`SELECT EXISTS (SELECT 1 ${rows} AND ${hiddenByOwnListsSql(viewer, authorColumn)}) AS hidden`);
}

/** A blocked or muted account in the settings lists, with when. */
export type ListedAccount = PublicUser & { since: Date };
export type AccountPage = { items: ListedAccount[]; nextCursor: string | null };

/** (created_at, account id) below the cursor, the order of the lists' indexes. */
function below(cursor: Cursor | null, idField: "blockedId" | "mutedId") {
  if (!cursor) return {};
  return { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, [idField]: { lt: cursor.id } }] };
}

function toAccountPage(rows: { createdAt: Date; account: PublicUser }[]): AccountPage {
  const page = toPage(rows.map((row) => ({ createdAt: row.createdAt, id: row.account.id, account: row.account })));
  return { items: page.items.map((row) => ({ ...row.account, since: row.createdAt })), nextCursor: page.nextCursor };
}

/** The accounts `viewerId` blocks, most recent first (blocks_blocker_created_idx), a keyset page at a time. */
export async function listBlockedAccounts(viewerId: string, cursorToken?: string | null): Promise<AccountPage> {
  const rows = await db.block.findMany({
    where: { AND: [{ blockerId: viewerId }, below(decodeCursor(cursorToken), "blockedId")] },
    orderBy: [{ createdAt: "desc" }, { blockedId: "desc" }],
    take: PAGE_SIZE + 1,
    select: { createdAt: true, blocked: { select: publicUserSelect } },
  });
  return toAccountPage(rows.map((row) => ({ createdAt: row.createdAt, account: row.blocked })));
}

/** The accounts `viewerId` mutes, most recent first (mutes_muter_created_idx). */
export async function listMutedAccounts(viewerId: string, cursorToken?: string | null): Promise<AccountPage> {
  const rows = await db.mute.findMany({
    where: { AND: [{ muterId: viewerId }, below(decodeCursor(cursorToken), "mutedId")] },
    orderBy: [{ createdAt: "desc" }, { mutedId: "desc" }],
    take: PAGE_SIZE + 1,
    select: { createdAt: true, muted: { select: publicUserSelect } },
  });
  return toAccountPage(rows.map((row) => ({ createdAt: row.createdAt, account: row.muted })));
}

/** `viewerId`'s muted words in force, alphabetically (at most MUTED_WORDS_MAX: no pages). */
export function listMutedWords(viewerId: string) {
  return db.mutedWord.findMany({
    where: { userId: viewerId, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    orderBy: { phrase: "asc" },
    select: { id: true, phrase: true, expiresAt: true },
  });
}

export type MutedWordItem = Awaited<ReturnType<typeof listMutedWords>>[number];
