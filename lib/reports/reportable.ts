import type { Prisma } from "@/lib/generated/prisma/client";
import { activeAccount } from "@/lib/moderation/visibility";
import { accountShownTo } from "@/lib/safety/visibility";

// What a person can report is what they are shown: the report page (target.ts) and the
// report itself (service.ts) read their target through these, so neither shows nor files
// anything its page would hide from them.

/** Posts `viewerId` can report: the ones their post page shows them. */
export function reportablePost(viewerId: string): Prisma.PostWhereInput {
  return { author: accountShownTo(viewerId) };
}

/** Comments `viewerId` can report: the ones a thread shows them, under a post it shows them. */
export function reportableComment(viewerId: string): Prisma.CommentWhereInput {
  return { deletedAt: null, author: accountShownTo(viewerId), post: reportablePost(viewerId) };
}

/**
 * Accounts `viewerId` can report: those whose profile they are shown. An account that blocked
 * them does not exist for them; one they blocked still does, so a person can block and report.
 */
export function reportableAccount(viewerId: string): Prisma.UserWhereInput {
  return { ...activeAccount, blocking: { none: { blockedId: viewerId } } };
}
