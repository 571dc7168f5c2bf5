import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { cursorPlaceSql } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { listed, parentIs } from "./listed-sql";
import { type LeftOut, OWN_LEFT_OUT_NAMED } from "./tree-shape";

/** The first comment a branch leaves out past those it shows. */
type FirstLeftOut = { id: string; parentId: string | null; createdAt: Date; author: { id: string } | null };

const followingRow = z.object({ after: z.string(), id: z.string(), own: z.boolean() });

/**
 * What each parent of `firstLeftOut` leaves out (LeftOut): true, unless all of
 * it is the viewer's own. Only a branch whose first comment left out is the
 * viewer's own needs another look, at those after it: one statement for all
 * such branches, and none on most pages.
 */
export async function leftOutByParent(postId: string, firstLeftOut: FirstLeftOut[], viewerId: string | null): Promise<Map<string | null, LeftOut>> {
  const leftOut = new Map<string | null, LeftOut>(firstLeftOut.map((row) => [row.parentId, true]));
  const own = firstLeftOut.filter((row) => row.author?.id === viewerId);
  if (viewerId === null || own.length === 0) return leftOut;
  const following = parseRows(
    followingRow,
    await db.$queryRaw`${Prisma.join(
      own.map(
        (first) => Prisma.sql`(SELECT ${first.id}::text AS after, c.id, coalesce(c.author_id = ${viewerId}, FALSE) AS own FROM comments AS c
          WHERE c.post_id = ${postId} AND ${parentIs(first.parentId)} AND (c.created_at, c.id) > ${cursorPlaceSql(first)} AND ${listed("c", viewerId)}
          ORDER BY c.parent_id, c.created_at, c.id
          LIMIT ${OWN_LEFT_OUT_NAMED - 1})`,
      ),
      " UNION ALL ",
    )}`,
  );
  for (const first of own) {
    const after = following.filter((row) => row.after === first.id);
    const onlyOwn = after.length < OWN_LEFT_OUT_NAMED - 1 && after.every((row) => row.own);
    leftOut.set(first.parentId, onlyOwn ? [first.id, ...after.map((row) => row.id)] : true);
  }
  return leftOut;
}
