import type { Prisma } from "@/lib/generated/prisma/client";

// A suspended account disappears: its profile, posts and comments are hidden
// from everyone, and it leaves follower lists and suggestions. Reads built with
// Prisma share these fragments, so every list hides the same things; the raw
// SQL reads (search, follow suggestions) say `suspended_at IS NULL` themselves.

/** Accounts whose content is shown. */
export const activeAccount = { suspendedAt: null } satisfies Prisma.UserWhereInput;

/** Posts and comments whose author is shown. */
export const visibleAuthor = { author: activeAccount } satisfies Prisma.PostWhereInput & Prisma.CommentWhereInput;
