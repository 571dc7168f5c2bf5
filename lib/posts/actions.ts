"use server";

import { redirect } from "next/navigation";
import { authedAction, signedInAction } from "@/lib/actions/authed";
import { sentWithoutJavaScript } from "@/lib/actions/no-javascript";
import { type ActionResult, type FormState, refusedForm } from "@/lib/actions/result";
import { afterPostChange } from "@/lib/actions/revalidate";
import { homeAfterPostHref, postEditedHref } from "@/lib/routes";
import { MAX_IMAGES_PER_POST } from "@/lib/validation/limits";
import { cutToCodeUnits } from "@/lib/validation/text";
import { likeForm } from "./like-form";
import {
  ALT_ECHO_CODE_UNITS,
  SENT_IMAGES_FIELD,
  altField,
  deletePostSchema,
  editFormAlts,
  editPostSchema,
  newPostEcho,
  postEditEcho,
  postFormImages,
  postSchema,
} from "./schema";
import * as posts from "./service";

const createPostFromForm = authedAction(
  { fields: ["text", "contentWarning"], given: ["quotedPostId", "redirectTo"], read: postFormImages, schema: postSchema, echo: newPostEcho },
  async (user, input): Promise<ActionResult> => {
    const created = await posts.createPost(user, input);
    if (!created.ok) return refusedForm(created, { text: input.text, ...(input.contentWarning && { contentWarning: input.contentWarning }) });
    afterPostChange();
    // From the composer's own page (/compose, quotes included), the home feed shows it posted, and says so;
    // and from the home page without JavaScript, so that reloading the answer cannot post it again.
    if (input.redirectTo === "home" || (await sentWithoutJavaScript())) redirect(homeAfterPostHref("posted"));
    return { ok: true, message: "Posted." };
  },
);

/** Saves the author's edit and shows the post; a refusal keeps what was typed. */
export const editPost = authedAction(
  { fields: ["text", "contentWarning"], given: ["postId"], read: editFormAlts, schema: editPostSchema, echo: postEditEcho },
  async (user, input) => {
    const edited = await posts.editPost(user, input);
    const typed = { text: input.text, contentWarning: input.contentWarning, ...Object.fromEntries(input.alts.map((alt, position) => [altField(position), alt])) };
    if (!edited.ok) return refusedForm(edited, typed);
    if (edited.changed) afterPostChange();
    redirect(postEditedHref(input.postId));
  },
);

/**
 * Creates a post from the compose form. A refusal also tells how many images
 * came with it, and their descriptions: a browser without JavaScript cannot keep
 * chosen files across the page that answers, so the form asks for them again.
 */
export async function createPost(previous: FormState, formData: FormData) {
  const result = await createPostFromForm(previous, formData);
  if (result.ok || !(formData instanceof FormData)) return result;
  const { images } = postFormImages(formData);
  if (images.length === 0) return result;
  // As many descriptions as a post holds images: more is refused, and a form has no field for them.
  const alts = images.slice(0, MAX_IMAGES_PER_POST).flatMap(({ alt }, position) => (typeof alt === "string" && alt !== "" ? [[altField(position), cutToCodeUnits(alt, ALT_ECHO_CODE_UNITS)]] : []));
  return { ...result, values: { ...result.values, [SENT_IMAGES_FIELD]: String(images.length), ...Object.fromEntries(alts) } };
}

export const deletePost = authedAction({ fields: [], given: ["postId", "redirectTo"], schema: deletePostSchema }, async (user, input) => {
  const deleted = await posts.deletePost(user, input);
  if (!deleted.ok) return refusedForm(deleted);
  afterPostChange();
  // From the post's own page, which is gone: home, which says so.
  if (input.redirectTo === "home") redirect(homeAfterPostHref(deleted.byAuthor ? "deleted" : "removed"));
  return { ok: true, message: "Post deleted." };
});

/** Likes or takes back the like of the post the form names, for the signed-in user (./like-form.ts). */
export const setLike = signedInAction(likeForm);
