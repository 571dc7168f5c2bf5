"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed";
import { succeededInPlace } from "@/lib/actions/no-javascript";
import { refusedForm } from "@/lib/actions/result";
import { afterSuspensionChange } from "@/lib/actions/revalidate";
import { profileHref } from "@/lib/routes";
import { ACCOUNT_SUSPENDED, SUSPENSION_LIFTED, suspendSchema, suspensionSchema } from "./schema";
import * as moderation from "./service";

export const suspendUser = authedAction({ fields: [], given: ["userId", "returnTo"], schema: suspendSchema }, async (user, input) => {
  const suspended = await moderation.suspendUser(user, input);
  if (!suspended.ok) return refusedForm(suspended);
  afterSuspensionChange();
  if (input.returnTo) redirect(profileHref(input.returnTo));
  return { ok: true, message: ACCOUNT_SUSPENDED };
});

export const unsuspendUser = authedAction({ fields: [], given: ["userId"], schema: suspensionSchema }, async (user, input) => {
  const lifted = await moderation.unsuspendUser(user, input);
  if (!lifted.ok) return refusedForm(lifted);
  afterSuspensionChange();
  // Without JavaScript, the profile afresh, which a reload does not send again.
  return succeededInPlace({ ok: true, message: SUSPENSION_LIFTED }, "suspension-lifted");
});
