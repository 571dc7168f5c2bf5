"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/authed";
import { succeededAt } from "@/lib/actions/no-javascript";
import { returnToFormPage } from "@/lib/actions/page-notices";
import { type ActionFailure, refusedForm } from "@/lib/actions/result";
import { afterSafetyChange } from "@/lib/actions/revalidate";
import { MUTED_WORDS_HREF, mutedWordAddedHref, profileHref } from "@/lib/routes";
import { addMutedWordSchema, mutedWordEcho, mutedWordMessage, removeMutedWordSchema, setBlockSchema, setMuteSchema } from "./schema";
import * as safety from "./service";

export type SetBlockResult = { ok: true; blocking: boolean } | ActionFailure;
export type SetMuteResult = { ok: true; muting: boolean } | ActionFailure;
export type AddMutedWordResult = { ok: true; message: string } | ActionFailure;
export type RemoveMutedWordResult = { ok: true } | ActionFailure;

/**
 * Blocks or unblocks the account the form names, as the signed-in user (see
 * service.ts); from the confirmation page, then shows the profile it names.
 */
export const setBlock = authedAction({ fields: [], given: ["userId", "block", "returnTo"], schema: setBlockSchema }, async (user, input): Promise<SetBlockResult> => {
  const result = await safety.setBlock(user, input);
  if (!result.ok) return refusedForm(result);
  afterSafetyChange();
  if (input.returnTo) redirect(profileHref(input.returnTo));
  return result;
});

/** Mutes or unmutes the account the form names, as the signed-in user. */
export const setMute = authedAction({ fields: [], given: ["userId", "mute"], schema: setMuteSchema }, async (user, input): Promise<SetMuteResult> => {
  const result = await safety.setMute(user, input);
  if (!result.ok) return refusedForm(result);
  afterSafetyChange();
  return result;
});

/** Mutes the word or phrase typed, for the chosen time. */
export const addMutedWord = authedAction(
  { fields: ["phrase", "duration"], schema: addMutedWordSchema, echo: mutedWordEcho },
  async (user, input): Promise<AddMutedWordResult> => {
    const result = await safety.addMutedWord(user, input);
    if (!result.ok) return refusedForm(result, { phrase: input.phrase, duration: input.duration });
    afterSafetyChange();
    return succeededAt(mutedWordAddedHref(result.id), { ok: true, message: mutedWordMessage(result.phrase) });
  },
);

/**
 * Removes one of the signed-in user's muted words. Without JavaScript, it leads back to the
 * muted words afresh: sent again by a reload, the form would be told the word is gone.
 */
export const removeMutedWord = authedAction({ fields: [], given: ["id"], schema: removeMutedWordSchema }, async (user, input): Promise<RemoveMutedWordResult> => {
  const result = await safety.removeMutedWord(user, input);
  if (!result.ok) return refusedForm(result);
  afterSafetyChange();
  return succeededAt(MUTED_WORDS_HREF, result);
});

/**
 * setBlock and setMute for forms posted without JavaScript (components/safety/account-toggle.tsx),
 * as setFollowFromForm: the page they were on comes back afresh, so a reload sends nothing again,
 * and says what was done, or why not (returnToFormPage), where the action's own answer would show
 * nothing: in the settings, the account's row is simply gone. Blocking asks first, on a page of its
 * own (setBlock's returnTo), so this form only unblocks.
 */
export async function setBlockFromForm(formData: FormData) {
  const result = await setBlock(null, formData);
  await returnToFormPage(result, null, result.ok && result.blocking ? null : "unblocked");
  return result;
}

export async function setMuteFromForm(formData: FormData) {
  const result = await setMute(null, formData);
  await returnToFormPage(result, null, result.ok && result.muting ? "muted" : "unmuted");
  return result;
}
