import { Prisma } from "@/lib/generated/prisma/client";
import { accountShown } from "@/lib/moderation/visibility";
import { inListsOfSql } from "@/lib/safety/visibility";

// Which comments a thread lists, as SQL shared by its reads (tree.ts, left-out.ts).

/**
 * SQL: the comment `alias` is listed for `viewerId`: shown (its author is not
 * suspended, blocked either way or muted), or kept as a placeholder because it has replies.
 */
export function listed(alias: string, viewerId: string | null): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}.${name}`);
  return Prisma.sql`((${column("deleted_at")} IS NULL AND ${accountShown(`${alias}.author_id`)} AND ${inListsOfSql(viewerId, `${alias}.author_id`)})
    OR EXISTS (SELECT 1 FROM comments AS reply WHERE reply.post_id = ${column("post_id")} AND reply.parent_id = ${column("id")}))`;
}

/** SQL: the comment `c` is under `parentId` (null: a top-level comment). */
export function parentIs(parentId: string | null): Prisma.Sql {
  return parentId === null ? Prisma.sql`c.parent_id IS NULL` : Prisma.sql`c.parent_id = ${parentId}`;
}
