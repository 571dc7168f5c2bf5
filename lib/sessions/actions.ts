"use server";

import { redirect } from "next/navigation";
import { SIGNED_OUT_MESSAGE, authedAction } from "@/lib/actions/authed";
import { type ActionResult, failure, refusedForm } from "@/lib/actions/result";
import { afterSessionsChange } from "@/lib/actions/revalidate";
import { readSession } from "@/lib/auth/session-cookie";
import { sessionsEndedHref } from "@/lib/routes";
import { endOtherSessionsSchema, endSessionSchema } from "./schema";
import * as sessions from "./service";

// Both go back to the sessions page, which says how many devices were signed
// out: the row whose form answered is gone from the list, and its answer with it.

/** Signs one of the signed-in user's other devices out (see service.ts). */
export const endSession = authedAction({ fields: [], given: ["sessionId"], schema: endSessionSchema }, async (user, input): Promise<ActionResult> => {
  const current = await readSession();
  if (!current) return failure(SIGNED_OUT_MESSAGE);
  const ended = await sessions.endSession(user, current.sessionId, input);
  if (!ended.ok) return refusedForm(ended);
  afterSessionsChange();
  redirect(sessionsEndedHref(1));
});

/** Signs every device but this one out. */
export const endOtherSessions = authedAction({ fields: [], schema: endOtherSessionsSchema }, async (user): Promise<ActionResult> => {
  const current = await readSession();
  if (!current) return failure(SIGNED_OUT_MESSAGE);
  const { ended } = await sessions.endOtherSessions(user, current.sessionId);
  afterSessionsChange();
  redirect(sessionsEndedHref(ended));
});
