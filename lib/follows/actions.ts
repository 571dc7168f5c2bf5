"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed";
import { type ActionFailure, failure } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ACCOUNT_GONE, CANNOT_FOLLOW_YOURSELF, setFollowSchema } from "./schema";

export type SetFollowResult = { ok: true; following: boolean } | ActionFailure;

function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";
}

/**
 * Follows or unfollows `userId` as the signed-in user, who is always the
 * follower: the form names only the other person. Both statements are
 * idempotent in the database itself (INSERT … ON CONFLICT DO NOTHING on the
 * primary key, DELETE of at most that row), so concurrent or repeated
 * requests can neither fail nor leave a duplicate.
 */
export const setFollow = authedAction(
  { fields: ["userId", "follow"], schema: setFollowSchema },
  async (user, input): Promise<SetFollowResult> => {
    // The CHECK constraint on follows refuses this too; asking first gives a sentence instead of an error.
    if (input.userId === user.id) return failure(CANNOT_FOLLOW_YOURSELF);

    const pair = { followerId: user.id, followeeId: input.userId };
    if (input.follow) {
      try {
        await db.follow.createMany({ data: [pair], skipDuplicates: true });
      } catch (error) {
        // The foreign key: the account was deleted, or never existed.
        if (isForeignKeyViolation(error)) return failure(ACCOUNT_GONE);
        throw error;
      }
    } else {
      await db.follow.deleteMany({ where: pair });
    }

    // Whom you follow shows on both profiles, on anyone's follower lists (as the
    // button's state), in your home feed and in your suggestions: every page.
    revalidatePath("/", "layout");
    return { ok: true, following: input.follow };
  },
);
