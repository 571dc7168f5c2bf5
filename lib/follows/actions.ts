"use server";

import { authedAction } from "@/lib/actions/authed";
import { type ActionFailure, refusedForm } from "@/lib/actions/result";
import { afterFollowChange } from "@/lib/actions/revalidate";
import { returnToFormPage } from "@/lib/actions/page-notices";
import { personAnchor } from "@/lib/routes";
import { recordId } from "@/lib/validation/ids";
import { setFollowSchema } from "./schema";
import * as follows from "./service";

export type SetFollowResult = { ok: true; following: boolean } | ActionFailure;

/** Follows or unfollows the account the form names, as the signed-in user (see service.ts). */
export const setFollow = authedAction(
  { fields: [], given: ["userId", "follow"], schema: setFollowSchema },
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
 * bytes). Once it is done, or refused, the page the form was on comes back at the person's row (a
 * list of a hundred followers does not start over at its top), saying why a refusal was one, and
 * a reload sends nothing again (the result is for tests and callers with the form alone).
 */
export async function setFollowFromForm(formData: FormData) {
  const result = await setFollow(null, formData);
  // Called as an action can be, with anything: setFollow has refused what is not a form.
  const userId = recordId().safeParse(formData instanceof FormData ? formData.get("userId") : null);
  await returnToFormPage(result, userId.success ? personAnchor(userId.data) : null);
  return result;
}
