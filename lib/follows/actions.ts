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

/**
 * setFollow for a form posted without JavaScript (components/follows/follow-button.tsx):
 * a server action of the form alone renders one hidden input, where one kept by
 * `useActionState` renders four (about 280 bytes a button, issue 11's page
 * bytes). The page comes back re-rendered, showing the stored state (the
 * result, a refusal, is for tests and callers with the form alone).
 */
export async function setFollowFromForm(formData: FormData) {
  return setFollow(null, formData);
}
