import { userForm } from "@/lib/actions/authed";
import { refusedForm } from "@/lib/actions/result";
import { afterPostChange } from "@/lib/actions/revalidate";
import { likeSchema } from "./schema";
import * as posts from "./service";

// Not in actions.ts: a "use server" module exports only its actions, and the cards' form without
// JavaScript submits this one for a reader it has already read (lib/posts/card-form.ts).

/** Likes or takes back the like of the post the form names. */
export const likeForm = userForm({ fields: [], given: ["postId", "like"], schema: likeSchema }, async (user, input) => {
  const liked = await posts.setLike(user, input);
  if (!liked.ok) return refusedForm(liked);
  afterPostChange();
  return liked;
});
