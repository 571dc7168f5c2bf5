"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed";
import { type ActionFailure, refusedForm } from "@/lib/actions/result";
import { afterFollowChange } from "@/lib/actions/revalidate";
import { hostHeaders, pageFormWasSentFrom } from "@/lib/navigation/form-page";
import { personAnchor } from "@/lib/routes";
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
 * bytes). Once it is done, the page the form was on comes back at the person's row (a list of
 * a hundred followers does not start over at its top), and a reload sends nothing again. A
 * refusal comes back as the page re-rendered, showing the stored state (the result is for tests
 * and callers with the form alone).
 */
export async function setFollowFromForm(formData: FormData) {
  const result = await setFollow(null, formData);
  // Only a form that was read comes this far: the action answers anything else with a refusal.
  if (!result.ok) return result;
  const request = await headers();
  const page = pageFormWasSentFrom(request.get("referer"), hostHeaders(request));
  const userId = formData.get("userId");
  if (page && typeof userId === "string") redirect(`${page.pathname}${page.search}#${personAnchor(userId)}`);
  return result;
}
