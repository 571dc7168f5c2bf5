"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed";
import { type ActionFailure, failure } from "@/lib/actions/result";
import { ACCOUNT_GONE, CANNOT_FOLLOW_YOURSELF, setFollowSchema } from "./schema";
import { writeFollow } from "./writes";

export type SetFollowResult = { ok: true; following: boolean } | ActionFailure;

/**
 * Follows or unfollows `userId` as the signed-in user, who is always the
 * follower: the form names only the other person. An account that does not
 * exist and one that is suspended get the same answer (see writes.ts).
 */
export const setFollow = authedAction(
  { fields: ["userId", "follow"], schema: setFollowSchema },
  async (user, input): Promise<SetFollowResult> => {
    // The CHECK constraint on follows refuses this too; asking first gives a sentence instead of an error.
    if (input.userId === user.id) return failure(CANNOT_FOLLOW_YOURSELF);

    if (!(await writeFollow(user.id, input.userId, input.follow))) return failure(ACCOUNT_GONE);

    // Whom you follow shows on both profiles, on anyone's follower lists (as the
    // button's state), in your home feed and in your suggestions: every page.
    revalidatePath("/", "layout");
    return { ok: true, following: input.follow };
  },
);
