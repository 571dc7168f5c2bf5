import { z } from "zod";
import { db } from "@/lib/db";
import { parseRows } from "@/lib/db-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountRowShown } from "@/lib/moderation/visibility";
import { type Cursor, PAGE_SIZE, decodeCursor, toPage } from "@/lib/pagination/cursor";
import { type PublicUser, publicUserRow, publicUserSelect } from "@/lib/profiles/public-user";
import { type Viewer, accountShownTo, inListsOfSql } from "@/lib/safety/visibility";

/** What a list of people shows about each person. */
export type UserSummary = PublicUser & { bio: string };

const userSummaryRow = publicUserRow.extend({ bio: z.string() }) satisfies z.ZodType<UserSummary>;

/** A person in a followers or following list, with whether the viewer follows them. */
export type ListedUser = UserSummary & { followedByViewer: boolean };

export type UserPage = { items: ListedUser[]; nextCursor: string | null };

/**
 * The public fields of the listed person, and, for a signed-in viewer, the
 * viewer's follow of them (at most one row). Prisma loads the relation for the
 * whole page at once, so a page costs the same few statements at any length.
 * The filter exists only with a viewer: `followerId: undefined` would match everyone.
 */
export function listedUserSelect(viewerId: string | null) {
  return {
    ...publicUserSelect,
    bio: true,
    ...(viewerId ? { followers: { where: { followerId: viewerId }, select: { followerId: true }, take: 1 } } : {}),
  } satisfies Prisma.UserSelect;
}

export type ListedUserRow = UserSummary & { followers?: { followerId: string }[] };

/**
 * `olderThan` from lib/pagination/cursor.ts for follows: ordered by
 * (createdAt DESC, the listed person's id DESC), the order of the
 * follows_followee_created_idx / follows_follower_created_idx indexes.
 */
function olderFollowsThan(cursor: Cursor | null, listed: "followerId" | "followeeId"): Prisma.FollowWhereInput {
  if (!cursor) return {};
  const sameTimeSmallerId = listed === "followerId" ? { followerId: { lt: cursor.id } } : { followeeId: { lt: cursor.id } };
  return { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, ...sameTimeSmallerId }] };
}

/** Cuts a `PAGE_SIZE + 1` result into a page whose cursor is (follow time, listed person's id). */
export function toUserPage(rows: { createdAt: Date; user: ListedUserRow }[]): UserPage {
  const page = toPage(rows.map((row) => ({ createdAt: row.createdAt, id: row.user.id, user: row.user })));
  return {
    items: page.items.map(({ user: { followers, ...user } }) => ({ ...user, followedByViewer: (followers?.length ?? 0) > 0 })),
    nextCursor: page.nextCursor,
  };
}

/** The people who follow `userId`, most recent first, but for suspended accounts and those the viewer blocks or is blocked by. */
export async function listFollowers(userId: string, cursorToken: string | null, viewerId: string | null): Promise<UserPage> {
  const rows = await db.follow.findMany({
    where: { AND: [{ followeeId: userId, follower: accountShownTo(viewerId) }, olderFollowsThan(decodeCursor(cursorToken), "followerId")] },
    orderBy: [{ createdAt: "desc" }, { followerId: "desc" }],
    take: PAGE_SIZE + 1,
    select: { createdAt: true, follower: { select: listedUserSelect(viewerId) } },
  });
  return toUserPage(rows.map((row) => ({ createdAt: row.createdAt, user: row.follower })));
}

/** The people `userId` follows, most recently followed first, but for suspended accounts and those the viewer blocks or is blocked by. */
export async function listFollowing(userId: string, cursorToken: string | null, viewerId: string | null): Promise<UserPage> {
  const rows = await db.follow.findMany({
    where: { AND: [{ followerId: userId, followee: accountShownTo(viewerId) }, olderFollowsThan(decodeCursor(cursorToken), "followeeId")] },
    orderBy: [{ createdAt: "desc" }, { followeeId: "desc" }],
    take: PAGE_SIZE + 1,
    select: { createdAt: true, followee: { select: listedUserSelect(viewerId) } },
  });
  return toUserPage(rows.map((row) => ({ createdAt: row.createdAt, user: row.followee })));
}

/**
 * SQL: the column `"viewerFollows"`, whether `viewer` follows the account `userId` (an SQL
 * expression): a profile's Follow button. False when signed out and on the viewer's own profile.
 */
export function viewerFollowsColumnSql(viewer: Viewer, userId: Prisma.Sql): Prisma.Sql {
  if (viewer === null) return Prisma.sql`FALSE AS "viewerFollows"`;
  return Prisma.sql`(${userId} <> ${viewer}
    AND EXISTS (SELECT 1 FROM follows WHERE follower_id = ${viewer} AND followee_id = ${userId})) AS "viewerFollows"`;
}

/** How many of the latest posts count as "recent activity" for suggestions. */
const RECENT_POSTS_WINDOW = 500;
const MAX_SUGGESTIONS = 20;

/**
 * People worth following for `userId`: the authors of the most recent posts,
 * busiest first, leaving out `userId` and everyone they already follow.
 *
 * "Recent" is the latest 500 posts rather than a time window, so the query
 * reads a fixed slice of posts_created_idx however large the site has grown,
 * and still finds someone when the site has been quiet for a month. The
 * exclusion is a NOT EXISTS on the follows primary key. Works the same for a
 * brand-new account, which follows no one. Suspended accounts are never
 * suggested, nor those `userId` blocks, is blocked by or mutes (lib/safety).
 */
export async function listFollowSuggestions(userId: string, limit = 5): Promise<UserSummary[]> {
  const count = Math.min(Math.max(Math.trunc(limit), 1), MAX_SUGGESTIONS);
  const rows = await db.$queryRaw`
    WITH recent_posts AS (
      SELECT author_id, created_at FROM posts ORDER BY created_at DESC, id DESC LIMIT ${RECENT_POSTS_WINDOW}
    ), active_authors AS (
      SELECT author_id, count(*) AS post_count, max(created_at) AS last_posted_at
      FROM recent_posts
      WHERE author_id <> ${userId}
        AND NOT EXISTS (
          SELECT 1 FROM follows WHERE follower_id = ${userId} AND followee_id = recent_posts.author_id
        )
      GROUP BY author_id
    )
    SELECT users.id, users.username, users.display_name AS "displayName", users.bio, users.avatar_key AS "avatarKey", users.role
    FROM active_authors JOIN users ON users.id = active_authors.author_id
    WHERE ${accountRowShown("users")} AND ${inListsOfSql(userId, "users.id")}
    ORDER BY active_authors.post_count DESC, active_authors.last_posted_at DESC, users.id
    LIMIT ${count}`;
  return parseRows(userSummaryRow, rows);
}

/** Below how many followed accounts a member's home feed opens with "Who to follow". */
export const NEWCOMER_FOLLOWS = 5;

/**
 * Whether `viewerId` follows fewer than NEWCOMER_FOLLOWS accounts, given the accounts whose
 * posts their home page shows (each post's author, or the followed account that reposted it):
 * that many others on the page answers no without a statement, which every settled reader's
 * page load would otherwise pay.
 */
export async function followsFewAccounts(viewerId: string, shownAccountIds: readonly string[]): Promise<boolean> {
  const others = new Set(shownAccountIds);
  others.delete(viewerId);
  if (others.size >= NEWCOMER_FOLLOWS) return false;
  const stats = await db.userStats.findUnique({ where: { userId: viewerId }, select: { followingCount: true } });
  return (stats?.followingCount ?? 0) < NEWCOMER_FOLLOWS;
}
