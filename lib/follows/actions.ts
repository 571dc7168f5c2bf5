"use server";

import { authedAction } from "@/lib/actions/authed";
import { type ActionFailure, refusedForm } from "@/lib/actions/result";
import { afterFollowChange } from "@/lib/actions/revalidate";
import { setFollowSchema } from "./schema";
import * as follows from "./service";

export type SetFollowResult = { ok: true; following: boolean } | ActionFailure;

/** Follows or unfollows the account the form names, as the signed-in user (see service.ts). */
export const setFollow = authedAction(
  { fields: ["userId", "follow"], schema: setFollowSchema },
  async (user, input): Promise<SetFollowResult> => {
    const followed = await follows.setFollow(user, input);
    if (!followed.ok) return refusedForm(followed);
    afterFollowChange();
    return followed;
  },
);
