import type { CurrentUser } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Whether the signed-in user is an admin. The role comes from the user row
 * that `getCurrentUser()` loads on every request, never from a form or the
 * session cookie, so a demoted admin loses the right at once.
 */
export function isAdmin(user: Pick<CurrentUser, "role"> | null): boolean {
  return user?.role === "ADMIN";
}

// The rules below are fragments of the delete's own `where`: checking and
// deleting are one statement, with no window in between.

/** Posts `user` may remove: their own; an admin any. */
export function removablePostsBy(user: CurrentUser): Prisma.PostWhereInput {
  return isAdmin(user) ? {} : { authorId: user.id };
}

/** Comments `user` may remove: their own and those under their posts; an admin any. */
export function removableCommentsBy(user: CurrentUser): Prisma.CommentWhereInput {
  return isAdmin(user) ? {} : { OR: [{ authorId: user.id }, { post: { authorId: user.id } }] };
}
