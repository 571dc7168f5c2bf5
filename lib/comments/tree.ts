import { z } from "zod";
import { db, queryKeptPlan } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { cursorPlaceSql, keptPlanSql } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountRowShown, accountShown } from "@/lib/moderation/visibility";
import { type Cursor, PAGE_SIZE, decodeCursor, encodeCursor } from "@/lib/pagination/cursor";
import { inListsOfSql, notBlockedWithSql, notBlockingViewerSql } from "@/lib/safety/visibility";
import { publicUserRow } from "@/lib/profiles/public-user";
import { recordId } from "@/lib/validation/ids";
import { leftOutByParent } from "./left-out";
import { listed, parentIs } from "./listed-sql";
import { withOwnRemovals } from "./removed-placeholders";
import { type CommentNode, type CommentTreePage, EARLIER_COMMENTS_KEPT, REPLIES_SHOWN } from "./tree-shape";

// A post's conversation as a tree, read a branch at a time so that a post with
// 10,000 comments never loads them all: a keyset page of one comment's replies
// (or of the top-level comments), each with its first few replies and theirs,
// in one statement. Deeper branches and longer ones open on the page rooted at
// their comment (lib/routes.ts, commentHref).

const nodeRow = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  createdAt: z.date(),
  depth: z.number().int(),
  rank: z.number().int(),
  text: z.string(),
  deleted: z.boolean(),
  authorShown: z.boolean(),
  hasReplies: z.boolean(),
  /** Null for a deleted comment whose author deleted their account. */
  author: publicUserRow.nullable(),
  mentioned: z.array(z.string()),
});
type NodeRow = z.infer<typeof nodeRow>;

/** SQL: the post is shown to `viewerId` (its author is not suspended, nor blocked either way). */
function postShown(postId: string, viewerId: string | null): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM posts AS p WHERE p.id = ${postId} AND ${accountShown("p.author_id")} AND ${notBlockedWithSql(viewerId, "p.author_id")})`;
}

/** SQL: the comments of `levels` (id, depth, rank) with what a thread shows of each. */
function withContent(levels: Prisma.Sql, viewerId: string | null): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id, c.parent_id AS "parentId", c.created_at AS "createdAt", levels.depth, levels.rank, c.text,
           c.deleted_at IS NOT NULL AS deleted, (u.id IS NOT NULL AND u.suspended_at IS NULL AND ${inListsOfSql(viewerId, "u.id")}) AS "authorShown",
           EXISTS (SELECT 1 FROM comments AS reply WHERE reply.post_id = c.post_id AND reply.parent_id = c.id) AS "hasReplies",
           CASE WHEN u.id IS NOT NULL THEN json_build_object('id', u.id, 'username', u.username, 'displayName', u.display_name,
                                                      'avatarKey', u.avatar_key, 'role', u.role) END AS author,
           coalesce((SELECT json_agg(mu.username) FROM comment_mentions AS m JOIN users AS mu ON mu.id = m.user_id
                     WHERE m.comment_id = c.id AND ${accountRowShown("mu")} AND ${notBlockingViewerSql(viewerId, "mu.id")}), '[]'::json) AS mentioned
    FROM (${levels}) AS levels
    JOIN comments AS c ON c.id = levels.id
    LEFT JOIN users AS u ON u.id = c.author_id
    ORDER BY levels.depth, c.created_at, c.id`;
}

/**
 * SQL: the first REPLIES_SHOWN + 1 listed replies of each comment in `parents`
 * (a CTE with id and rank), numbered. `parentRank` leaves out the parents
 * beyond the replies shown.
 */
function firstReplies(postId: string, parents: string, depth: number, parentRank: Prisma.Sql, viewerId: string | null): Prisma.Sql {
  return Prisma.sql`
    SELECT r.id, r.created_at, r.parent_id, ${depth}::int AS depth, r.rank
    FROM ${Prisma.raw(parents)} AS parent
    CROSS JOIN LATERAL (
      SELECT c.id, c.created_at, c.parent_id, (row_number() OVER (ORDER BY c.created_at, c.id))::int AS rank
      FROM comments AS c
      WHERE c.post_id = ${postId} AND c.parent_id = parent.id AND ${listed("c", viewerId)}
      ORDER BY c.created_at, c.id
      LIMIT ${REPLIES_SHOWN + 1}
    ) AS r
    WHERE ${parentRank}`;
}

function toNode(row: NodeRow): CommentNode {
  const state = row.deleted ? "deleted" : row.authorShown ? "shown" : "hidden";
  return {
    id: row.id,
    parentId: row.parentId,
    createdAt: row.createdAt,
    depth: row.depth,
    state,
    text: state === "shown" ? row.text : "",
    author: state === "shown" ? row.author : null,
    hasReplies: row.hasReplies,
    moreReplies: false,
    mentioned: state === "shown" ? row.mentioned : [],
  };
}

/**
 * `parentId`'s first-level comments from `from` (inclusive) on, at most `count`
 * of them, each with REPLIES_SHOWN replies and as many of theirs: one statement.
 * Rows past `count` (at most one) say there is a next page.
 */
async function readBranch(postId: string, parentId: string | null, from: Cursor | null, after: Cursor | null, count: number, viewerId: string | null) {
  return parseRows(nodeRow, await queryKeptPlan(branchStatement(postId, parentId, from, after, count, viewerId)));
}

/**
 * The statement of readBranch, whose plan a connection keeps (keptPlanSql): planning it cost
 * PostgreSQL more than running it, on every post page (BENCHMARKS.md, "session 16").
 */
export function branchStatement(postId: string, parentId: string | null, from: Cursor | null, after: Cursor | null, count: number, viewerId: string | null) {
  const fromHere = from ? Prisma.sql`(c.created_at, c.id) >= ${cursorPlaceSql(from)}` : Prisma.sql`TRUE`;
  const afterHere = after ? Prisma.sql`(c.created_at, c.id) > ${cursorPlaceSql(after)}` : Prisma.sql`TRUE`;
  return keptPlanSql(Prisma.sql`
    WITH level1 AS (
      SELECT c.id, c.created_at, (row_number() OVER (ORDER BY c.parent_id, c.created_at, c.id))::int AS rank
      FROM comments AS c
      WHERE c.post_id = ${postId} AND ${parentIs(parentId)} AND ${fromHere} AND ${afterHere} AND ${listed("c", viewerId)} AND ${postShown(postId, viewerId)}
      -- The parent is the same for every row; ordered by it too, the order is comments_post_parent_created_idx's
      -- even for parent_id IS NULL (not an equality), and no plan reads all of a post's comments to sort them.
      ORDER BY c.parent_id, c.created_at, c.id
      LIMIT ${count + 1}
    ),
    page AS (SELECT id, rank FROM level1 WHERE rank <= ${count}),
    level2 AS (${firstReplies(postId, "page", 2, Prisma.sql`TRUE`, viewerId)}),
    level3 AS (${firstReplies(postId, "level2", 3, Prisma.sql`parent.rank <= ${REPLIES_SHOWN}`, viewerId)})
    ${withContent(Prisma.sql`
      SELECT id, 1 AS depth, rank FROM level1
      UNION ALL SELECT id, depth, rank FROM level2
      UNION ALL SELECT id, depth, rank FROM level3`, viewerId)}`);
}

/**
 * Keeps `count` first-level comments and REPLIES_SHOWN replies under each, and
 * the first comment left out past them under each parent (null: the post).
 */
function trimReplies(rows: NodeRow[], count: number): { nodes: CommentNode[]; firstLeftOut: NodeRow[] } {
  const firstLevel = rows.filter((row) => row.depth === 1);
  const kept = new Set(firstLevel.slice(0, count).map((row) => row.id));
  const nodes: CommentNode[] = [];
  const firstLeftOut = firstLevel.slice(count, count + 1);
  for (const row of rows) {
    if (row.depth === 1) {
      if (kept.has(row.id)) nodes.push(toNode(row));
      continue;
    }
    if (!row.parentId || !kept.has(row.parentId)) continue;
    if (row.rank > REPLIES_SHOWN) {
      firstLeftOut.push(row);
      continue;
    }
    kept.add(row.id);
    nodes.push(toNode(row));
  }
  return { nodes, firstLeftOut };
}

/**
 * The page `rows` make: the reads it may add, on the few pages that need them, run side by side
 * (which comments left out are the viewer's own, which of their placeholders moderators removed).
 */
async function pageOf(postId: string, parentId: string | null, rows: NodeRow[], count: number, earlierLeftOut: boolean, viewerId: string | null): Promise<CommentTreePage> {
  const trimmed = trimReplies(rows, count);
  const [leftOut, nodes] = await Promise.all([leftOutByParent(postId, trimmed.firstLeftOut, viewerId), withOwnRemovals(trimmed.nodes, rows, viewerId)]);
  const last = nodes.filter((node) => node.depth === 1).at(-1);
  const laterLeftOut = leftOut.get(parentId) ?? false;
  return {
    nodes: nodes.map((node) => ({ ...node, moreReplies: leftOut.get(node.id) ?? false })),
    nextCursor: laterLeftOut !== false && last ? encodeCursor(last) : null,
    laterLeftOut,
    earlierLeftOut,
  };
}

/**
 * The page of `parentId`'s replies (null: the post's top-level comments) after
 * `cursorToken`, oldest first, with the replies below them: what "More
 * comments" adds with JavaScript. One statement.
 */
export async function listCommentBranch(
  postId: string,
  parentId: string | null,
  cursorToken?: string | null,
  viewerId: string | null = null,
): Promise<CommentTreePage> {
  const rows = await readBranch(postId, parentId, null, decodeCursor(cursorToken), PAGE_SIZE, viewerId);
  return pageOf(postId, parentId, rows, PAGE_SIZE, false, viewerId);
}

/**
 * A branch as its page shows it: the page after `cursorToken` below those up to
 * it (at most EARLIER_COMMENTS_KEPT), so following "More comments" without
 * JavaScript adds to the list instead of replacing it, and lands on the first
 * comment it adds (`firstNewId`). Two statements at most.
 */
export async function listCommentTree(
  postId: string,
  parentId: string | null,
  cursorToken?: string | null,
  viewerId: string | null = null,
): Promise<CommentTreePage> {
  const cursor = decodeCursor(cursorToken);
  if (!cursor) return listCommentBranch(postId, parentId, null, viewerId);
  const earlier = parseRows(
    z.object({ id: z.string(), createdAt: z.date() }),
    await db.$queryRaw`
      SELECT c.id, c.created_at AS "createdAt" FROM comments AS c
      WHERE c.post_id = ${postId} AND ${parentIs(parentId)} AND (c.created_at, c.id) <= (${cursor.createdAt}, ${cursor.id}) AND ${listed("c", viewerId)}
      ORDER BY c.created_at DESC, c.id DESC
      LIMIT ${EARLIER_COMMENTS_KEPT + 1}`,
  );
  const kept = earlier.slice(0, EARLIER_COMMENTS_KEPT);
  const count = kept.length + PAGE_SIZE;
  const rows = await readBranch(postId, parentId, kept.at(-1) ?? null, kept.length ? null : cursor, count, viewerId);
  const page = await pageOf(postId, parentId, rows, count, earlier.length > EARLIER_COMMENTS_KEPT, viewerId);
  const read = new Set(kept.map((comment) => comment.id));
  const firstNew = page.nodes.find((node) => node.depth === 1 && !read.has(node.id));
  return firstNew ? { ...page, firstNewId: firstNew.id } : page;
}

/**
 * The comment a thread page is rooted at (its permalink), as a thread shows it,
 * or null when it is not under this post or not listed (see `listed`). A placeholder
 * of the viewer's own asks once more whether moderators removed it (withOwnRemovals).
 */
export async function getThreadRoot(postId: string, commentId: string, viewerId: string | null = null): Promise<CommentNode | null> {
  if (!recordId().safeParse(commentId).success) return null;
  const rows = parseRows(
    nodeRow,
    await db.$queryRaw`${withContent(Prisma.sql`
      SELECT c.id, 0 AS depth, 1 AS rank FROM comments AS c
      WHERE c.post_id = ${postId} AND c.id = ${commentId} AND ${listed("c", viewerId)} AND ${postShown(postId, viewerId)}`, viewerId)}`,
  );
  if (!rows[0]) return null;
  const [root] = await withOwnRemovals([toNode(rows[0])], rows, viewerId);
  return root ?? null;
}
