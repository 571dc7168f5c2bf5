import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { Prisma } from "@/lib/generated/prisma/client";
import { isAdmin } from "./permissions";

// A suspended account disappears: its profile, posts and comments are hidden
// from everyone, and it leaves follower lists and suggestions. Reads built with
// Prisma share these fragments, so every list hides the same things; raw SQL
// says the same with `accountShown`. Writes use the same rule in their own
// statement: what you cannot see, you cannot like, comment on or follow, and
// the answer is the one for something that does not exist.

/** Accounts whose content is shown. */
export const activeAccount = { suspendedAt: null } satisfies Prisma.UserWhereInput;

/** Posts and comments whose author is shown. */
export const visibleAuthor = { author: activeAccount } satisfies Prisma.PostWhereInput & Prisma.CommentWhereInput;

/** Comments shown on a post page: their author and the post's author are both shown. */
export const visibleComment = { ...visibleAuthor, post: visibleAuthor } satisfies Prisma.CommentWhereInput;

/**
 * Comments `user` can reach to moderate or delete: the visible ones, and for an
 * admin every one (admins remove suspended accounts' content).
 */
export function commentsShownTo(user: Pick<CurrentUser, "role">): Prisma.CommentWhereInput {
  return isAdmin(user) ? {} : visibleComment;
}

/** SQL: `activeAccount`, given the account's `suspended_at`. */
function shownWhenSuspendedAt(suspendedAt: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${suspendedAt} IS NULL`;
}

/** SQL: whether the row of `users` named `alias` in the query is shown. */
export function accountRowShown(alias: string): Prisma.Sql {
  return shownWhenSuspendedAt(Prisma.raw(`${alias}.suspended_at`));
}

/**
 * SQL: whether the account whose id is in `column` is shown. A scalar subquery
 * on purpose: the planner keeps it a primary-key probe for the few rows that
 * reach it, where a join or NOT EXISTS may become a scan of every user. The
 * test stays on the subquery's value (not a boolean inside it): the planner's
 * guess at how many rows pass differs, and the feeds' plans were tuned on it.
 */
export function accountShown(column: string): Prisma.Sql {
  return shownWhenSuspendedAt(Prisma.sql`(SELECT shown.suspended_at FROM users AS shown WHERE shown.id = ${Prisma.raw(column)})`);
}

/**
 * SQL: `accountShown` for a walk down a long index that a LIMIT ends (explore, a tag's
 * posts): as NOT EXISTS the planner estimates it from the statistics of `suspended_at`
 * and sees that nearly every row passes. `accountShown`'s guess (0.5 % of rows) makes a
 * tag of 4,700 posts look like 24, and the planner then sorts them all instead of walking.
 */
export function accountShownInWalk(column: string): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM users AS hidden WHERE hidden.id = ${Prisma.raw(column)} AND NOT ${accountRowShown("hidden")})`;
}

/**
 * SQL: the ids of the accounts that are not shown, for `column NOT IN (…)`
 * over many rows (the last day's hashtags): the few suspended accounts come
 * from users_suspended_idx and are hashed once, where `accountShown` would
 * look up the account of every row.
 */
export function hiddenAccountIds(): Prisma.Sql {
  return Prisma.sql`(SELECT hidden.id FROM users AS hidden WHERE NOT ${accountRowShown("hidden")})`;
}

/** The answer of a query that says whether something is shown. */
export const shownRow = z.object({ shown: z.boolean() });
