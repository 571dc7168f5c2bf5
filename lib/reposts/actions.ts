"use server";

import { authedAction } from "@/lib/actions/authed";
import { type ActionFailure, refusedForm } from "@/lib/actions/result";
import { afterPostChange } from "@/lib/actions/revalidate";
import { setRepostSchema } from "./schema";
import * as reposts from "./service";

export type SetRepostResult = reposts.RepostState | ActionFailure;

/** Reposts or takes back the repost of the post the form names, as the signed-in user (see service.ts). */
export const setRepost = authedAction(
  { fields: ["postId", "repost"], schema: setRepostSchema },
  async (user, input): Promise<SetRepostResult> => {
    const reposted = await reposts.setRepost(user, input);
    if (!reposted.ok) return refusedForm(reposted);
    // A repost shows in followers' home feeds, on the reposter's profile and in every card's count.
    afterPostChange();
    return reposted;
  },
);
